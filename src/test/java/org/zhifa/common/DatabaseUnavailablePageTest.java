package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The 503 page of a database failure in a filter (the layout's error page is shown through the running application in
 * DatabaseOutageTest): should the layout itself fail, the page is still a Chinese page in the application's look.
 */
class DatabaseUnavailablePageTest {

    private static final FilterChain DATABASE_DOWN = (request, response) -> {
        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
    };

    @Test
    void a_page_is_the_static_page_in_the_applications_look_when_the_layout_cannot_be_rendered() throws Exception {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("thymeleafViewResolver", new ThymeleafViewResolver() {
            @Override
            public View resolveViewName(String viewName, Locale locale) {
                return (model, request, response) -> {
                    response.getWriter().write("<html><nav>半页");
                    throw new IllegalStateException("template failed");
                };
            }
        });
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
        request.addHeader("Accept", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DatabaseUnavailableFilter(beans.getBeanProvider(ThymeleafViewResolver.class))
                .doFilter(request, response, DATABASE_DOWN);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).startsWith("<!DOCTYPE html>").doesNotContain("半页")
                .contains("bootstrap.min.css").contains("navbar-brand").contains("503 " + DatabaseUnavailable.TITLE)
                .contains(DatabaseUnavailable.DETAIL).contains("返回首页");
    }

    @Test
    void an_api_call_is_503_problem_json() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/identity/me");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DatabaseUnavailableFilter(new StaticListableBeanFactory().getBeanProvider(ThymeleafViewResolver.class))
                .doFilter(request, response, DATABASE_DOWN);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains(DatabaseUnavailable.DETAIL);
    }
}

package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The shared fragment of bad form input: the summary lists every message, each field shows its own beside it. */
class FormErrorsFragmentTest {

    @Test
    void the_fragment_shows_each_message_beside_its_field_and_all_in_the_summary() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        var files = new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setOrder(2);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(inline);
        Context context = new Context();
        context.setVariable("errors", Map.of("gender", "性别：必须填写"));
        String html = engine.process("""
                <form><div th:replace="~{fragments/form-errors :: summary}"></div>
                <input name="gender"><div th:replace="~{fragments/form-errors :: field('gender')}"></div>
                <input name="name"><div th:replace="~{fragments/form-errors :: field('name')}"></div></form>""",
                context);
        assertThat(html).contains("<li>性别：必须填写</li>")
                .contains("<div class=\"form-text text-danger\" data-field=\"gender\">性别：必须填写</div>")
                .doesNotContain("data-field=\"name\"");
    }
}

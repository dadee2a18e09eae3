package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhifa.common.Actor;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The security administrator's calendar pages render, validate per line and refuse other roles. */
@ZhifaIntegrationTest
class CalendarAdminPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    WorkingDayCalendar calendar;

    MockMvc mvc;

    record TestActor(long userId, String username, String displayName, long unitId, String unitName,
            Set<String> roleCodes) implements Actor {
    }

    private static TestingAuthenticationToken as(String username, String role) {
        Actor actor = new TestActor(99, username, "测试用户", 1, "海西州交通运输局", Set.of(role));
        return new TestingAuthenticationToken(actor, null, "ROLE_" + role);
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void the_calendar_page_shows_the_loaded_years_and_the_month_view() throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get("/admin/calendar").param("year", "2025")
                .with(authentication(as("secadmin", "SECURITY_ADMIN")))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains("国办发明电〔2024〕12号", "calendar-months", "12 月", "春节", "增加地方节假日");
        MvcResult search = mvc.perform(MockMvcRequestBuilders.get("/admin/calendar").param("year", "2025")
                .param("kind", "ADJUSTED_WORKDAY").param("q", "春节")
                .with(authentication(as("secadmin", "SECURITY_ADMIN")))).andReturn();
        String html2 = search.getResponse().getContentAsString();
        String list = html2.substring(html2.indexOf("id=\"calendar-days\""));
        assertThat(list).contains("2025-01-26", "2025-02-08").doesNotContain("2025-04-27");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/calendar/new")
                .with(authentication(as("secadmin", "SECURITY_ADMIN")))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void a_notice_read_without_its_year_is_a_400_naming_the_year() throws Exception {
        for (String year : new String[] {"", "二〇三三"}) {
            MvcResult r = mvc.perform(MockMvcRequestBuilders.post("/admin/calendar/new/notice").param("year", year)
                    .param("notice", "一、元旦：1月1日放假。").with(csrf())
                    .with(authentication(as("secadmin", "SECURITY_ADMIN")))).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(r.getResponse().getContentAsString()).contains("notice-errors")
                    .contains(year.isEmpty() ? "通知对应的年度：必须填写" : "通知对应的年度：格式不正确，应为整数");
        }
    }

    @Test
    void a_bad_line_is_shown_beside_the_field_and_nothing_is_saved() throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.post("/admin/calendar/years")
                .param("year", "2033").param("source", "测试通知")
                .param("daysOff", "2033-01-01 元旦\n2033-02-30 春节").param("adjustedWorkdays", "")
                .with(csrf()).with(authentication(as("secadmin", "SECURITY_ADMIN")))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("第 2 行：日期 2033-02-30 不存在");
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calendar.kindOf(LocalDate.of(2033, 1, 1)))
                .isInstanceOf(MissingCalendarYearException.class);
    }

    @Test
    void a_valid_schedule_is_saved_and_redirects_to_the_year() throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.post("/admin/calendar/years")
                .param("year", "2034").param("source", "测试用虚构通知")
                .param("daysOff", "2034-01-01 元旦").param("adjustedWorkdays", "2034-01-07 元旦调休")
                .with(csrf()).with(authentication(as("secadmin", "SECURITY_ADMIN")))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/calendar?year=2034");
        assertThat(calendar.kindOf(LocalDate.of(2034, 1, 7))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void other_roles_cannot_open_the_calendar_administration() throws Exception {
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/calendar")
                .with(authentication(as("officer1", "OFFICER")))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/calendar")
                .with(authentication(as("admin", "SYSTEM_ADMIN")))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}

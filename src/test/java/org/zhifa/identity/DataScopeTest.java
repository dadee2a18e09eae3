package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** A user sees their own unit and its children; prefecture-level units see everything. */
@ZhifaIntegrationTest
class DataScopeTest {

    @LocalServerPort
    int port;

    List<String> unitNames(String user) {
        List<String> names = new ArrayList<>();
        for (JsonNode u : TestApi.as(port, user).get("/api/identity/units").json()) {
            names.add(u.get("name").asString());
        }
        return names;
    }

    List<String> usernames(String user) {
        List<String> names = new ArrayList<>();
        for (JsonNode u : TestApi.as(port, user).get("/api/identity/users?size=200").json().get("items")) {
            names.add(u.get("username").asString());
        }
        return names;
    }

    @Test
    void county_bureau_head_sees_the_bureau_and_its_brigade_only() {
        assertThat(unitNames("head1")).containsExactlyInAnyOrder("德令哈市交通运输局", "德令哈市交通运输综合行政执法大队");
        assertThat(usernames("head1")).contains("officer1", "officer2", "aux1", "reviewer1", "head1")
                .doesNotContain("officer3", "supervisor1", "admin");
    }

    @Test
    void brigade_officer_sees_only_the_brigade() {
        assertThat(unitNames("officer3")).containsExactly("格尔木市交通运输综合行政执法大队");
        assertThat(usernames("officer3")).contains("officer3").doesNotContain("officer1", "head1");
    }

    @Test
    void supervision_bureau_sees_every_unit() {
        assertThat(unitNames("supervisor1")).hasSize(16);
        assertThat(usernames("supervisor1")).contains("officer1", "officer3", "head1");
    }

    @Test
    void a_unit_outside_the_scope_filters_to_nothing() {
        var r = TestApi.as(port, "officer3").get("/api/identity/users?unitId=11").json();
        assertThat(r.get("total").asLong()).isZero();
    }
}

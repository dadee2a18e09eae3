package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The shared request limit: a sliding log in PostgreSQL, atomic across threads and instances. */
@ZhifaIntegrationTest
class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:10:00Z");
    private static final String KEY = "0".repeat(63) + "1";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        jdbc.sql("delete from rate_log where bucket like 'test-%'").update();
    }

    private RateLimiter at(Instant now) {
        return new RateLimiter(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void two_instances_with_30_simultaneous_requests_against_a_limit_of_5_let_exactly_5_through() throws Exception {
        // two limiters with their own connection pools stand for two zhifa instances on one database
        DataSource poolA = DataSourceBuilder.derivedFrom(dataSource).build();
        DataSource poolB = DataSourceBuilder.derivedFrom(dataSource).build();
        Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);
        RateLimiter a = new RateLimiter(JdbcClient.create(poolA), fixed);
        RateLimiter b = new RateLimiter(JdbcClient.create(poolB), fixed);
        ExecutorService threads = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<RateLimiter.Use>> uses = IntStream.range(0, 30).mapToObj(i ->
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return (i % 2 == 0 ? a : b).take("test-two-instances", KEY, 5, Duration.ofHours(1));
                    }, threads)).toList();
            start.countDown();
            List<RateLimiter.Use> taken = uses.stream().map(CompletableFuture::join).toList();
            assertThat(taken.stream().filter(RateLimiter.Use::allowed).map(RateLimiter.Use::used).sorted().toList())
                    .containsExactly(1, 2, 3, 4, 5);
            assertThat(taken.stream().filter(u -> !u.allowed()).count()).isEqualTo(25);
            assertThat(taken.stream().filter(RateLimiter.Use::first).count()).isEqualTo(1);
        } finally {
            threads.shutdown();
            close(poolA);
            close(poolB);
        }
    }

    @Test
    void the_limit_across_a_fixed_window_boundary_is_not_doubled() {
        Duration hour = Duration.ofHours(1);
        // five uses at 02:59 and five more asked at 03:00:01: fixed hourly windows would let all ten through
        Instant late = Instant.parse("2026-03-02T02:59:00Z");
        for (int i = 0; i < 5; i++) {
            assertThat(at(late).take("test-boundary", KEY, 5, hour).allowed()).isTrue();
        }
        RateLimiter.Use refused = at(Instant.parse("2026-03-02T03:00:01Z")).take("test-boundary", KEY, 5, hour);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAt()).isEqualTo(Instant.parse("2026-03-02T03:59:00Z"));
        assertThat(at(Instant.parse("2026-03-02T03:58:59Z")).take("test-boundary", KEY, 5, hour).allowed()).isFalse();
        assertThat(at(Instant.parse("2026-03-02T03:59:01Z")).take("test-boundary", KEY, 5, hour).allowed()).isTrue();
    }

    @Test
    void no_period_of_the_window_length_ever_holds_more_than_the_limit() {
        Duration window = Duration.ofMinutes(10);
        Random random = new Random(20);
        List<Instant> allowed = new ArrayList<>();
        Instant now = T0;
        for (int i = 0; i < 400; i++) {
            now = now.plusSeconds(random.nextInt(40));
            if (at(now).take("test-sliding", KEY, 7, window).allowed()) {
                allowed.add(now);
            }
        }
        for (Instant from : allowed) {
            long within = allowed.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plus(window))).count();
            assertThat(within).as("uses in the 10 minutes from " + from).isLessThanOrEqualTo(7);
        }
        assertThat(allowed.size()).as("the limit is reached, not just kept").isGreaterThan(7 * 10);
    }

    @Test
    void a_use_given_back_can_be_taken_again() {
        Duration tenMinutes = Duration.ofMinutes(10);
        for (int i = 0; i < 2; i++) {
            assertThat(at(T0).take("test-give-back", KEY, 2, tenMinutes).allowed()).isTrue();
        }
        assertThat(at(T0).take("test-give-back", KEY, 2, tenMinutes).allowed()).isFalse();
        at(T0).giveBack("test-give-back", KEY);
        at(T0).giveBack("test-give-back", KEY);

        RateLimiter.Use again = at(T0).take("test-give-back", KEY, 2, tenMinutes);
        assertThat(again.first()).isTrue();
        assertThat(again.retryAt()).isEqualTo(T0.plus(tenMinutes));
    }

    @Test
    void require_refuses_over_the_limit_with_the_time_to_wait_in_chinese() {
        at(T0).require("test-require", KEY, 1, Duration.ofHours(1), "提交");

        assertThatThrownBy(() -> at(T0.plusSeconds(600)).require("test-require", KEY, 1, Duration.ofHours(1), "提交"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(3000))
                .hasMessage("提交过于频繁：同一网络地址每小时最多 1 次，请于 50 分钟后再试");
    }

    private static void close(DataSource ds) throws Exception {
        if (ds instanceof AutoCloseable c) {
            c.close();
        }
    }
}

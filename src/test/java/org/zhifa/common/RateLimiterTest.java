package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The shared request limit: atomic in PostgreSQL, so it holds across threads and across instances. */
@ZhifaIntegrationTest
class RateLimiterTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-02T02:10:00Z"), ZoneOffset.UTC);
    private static final String KEY = "0".repeat(63) + "1";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_instances_with_30_simultaneous_requests_against_a_limit_of_5_let_exactly_5_through() throws Exception {
        // two limiters with their own connection pools stand for two zhifa instances on one database
        DataSource poolA = DataSourceBuilder.derivedFrom(dataSource).build();
        DataSource poolB = DataSourceBuilder.derivedFrom(dataSource).build();
        RateLimiter a = new RateLimiter(JdbcClient.create(poolA), FIXED);
        RateLimiter b = new RateLimiter(JdbcClient.create(poolB), FIXED);
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
            assertThat(taken.stream().filter(RateLimiter.Use::allowed).count()).isEqualTo(5);
            assertThat(taken.stream().map(RateLimiter.Use::used).sorted().toList())
                    .isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
            assertThat(taken.stream().filter(RateLimiter.Use::first).count()).isEqualTo(1);
        } finally {
            threads.shutdown();
            close(poolA);
            close(poolB);
            jdbc.sql("delete from rate_window where bucket = 'test-two-instances'").update();
        }
    }

    @Test
    void a_use_given_back_can_be_taken_again_and_a_new_window_starts_afresh() {
        RateLimiter limiter = new RateLimiter(jdbc, FIXED);
        for (int i = 0; i < 2; i++) {
            assertThat(limiter.take("test-give-back", KEY, 2, Duration.ofMinutes(10)).allowed()).isTrue();
        }
        assertThat(limiter.take("test-give-back", KEY, 2, Duration.ofMinutes(10)).allowed()).isFalse();
        limiter.giveBack("test-give-back", KEY, Duration.ofMinutes(10));
        limiter.giveBack("test-give-back", KEY, Duration.ofMinutes(10));
        assertThat(limiter.take("test-give-back", KEY, 2, Duration.ofMinutes(10)).allowed()).isTrue();
        RateLimiter later = new RateLimiter(jdbc, Clock.offset(FIXED, Duration.ofMinutes(10)));
        RateLimiter.Use next = later.take("test-give-back", KEY, 2, Duration.ofMinutes(10));
        assertThat(next.first()).isTrue();
        assertThat(next.windowEnd()).isEqualTo(Instant.parse("2026-03-02T02:30:00Z"));
        jdbc.sql("delete from rate_window where bucket = 'test-give-back'").update();
    }

    private static void close(DataSource ds) throws Exception {
        if (ds instanceof AutoCloseable c) {
            c.close();
        }
    }
}

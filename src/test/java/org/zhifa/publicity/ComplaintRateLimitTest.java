package org.zhifa.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The public complaint rate limit holds under simultaneous requests (issue 11: 8–14 of 30 got through a limit of 5). */
@ZhifaIntegrationTest
class ComplaintRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void thirty_simultaneous_complaints_against_a_limit_of_5_let_exactly_5_through() {
        jdbc.sql("delete from rate_log").update();
        Instant before = clock.instant();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<CompletableFuture<Integer>> requests = IntStream.range(0, 30).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestApi.anonymous(port).post("/api/public/complaints",
                    ComplaintIntakeTest.complaint("并发限流测试 " + i)).status();
        }, pool)).toList();
        start.countDown();
        List<Integer> statuses = requests.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        // the hourly window must not have turned over during the burst (then two windows are counted)
        assumeThat(before.getEpochSecond() / 3600).isEqualTo(clock.instant().getEpochSecond() / 3600);
        assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).as(statuses.toString()).isEqualTo(25);
        jdbc.sql("delete from rate_log").update();
    }
}

package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Document numbers (legal-rules §10): pattern, one sequence per unit, code and year, no gaps after rollbacks. */
@ZhifaIntegrationTest
class DocumentNumbersTest {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate tx;

    @Test
    void number_follows_the_pattern_unit_code_year_in_brackets_and_sequence() {
        assertThat(numbers.next(11, "德交执", DocumentType.PENALTY_DECISION, 2031)).isEqualTo("德交执罚〔2031〕1号");
        assertThat(numbers.next(11, "德交执", DocumentType.PENALTY_DECISION, 2031)).isEqualTo("德交执罚〔2031〕2号");
    }

    @Test
    void each_unit_document_code_and_year_has_its_own_sequence() {
        assertThat(numbers.next(21, "格交执", DocumentType.VIOLATION_NOTICE, 2032)).isEqualTo("格交执通〔2032〕1号");
        assertThat(numbers.next(31, "茫交执", DocumentType.VIOLATION_NOTICE, 2032)).isEqualTo("茫交执通〔2032〕1号");
        assertThat(numbers.next(21, "格交执", DocumentType.HEARING_NOTICE, 2032)).isEqualTo("格交执听通〔2032〕1号");
        assertThat(numbers.next(21, "格交执", DocumentType.VIOLATION_NOTICE, 2033)).isEqualTo("格交执通〔2033〕1号");
        assertThat(numbers.next(21, "格交执", DocumentType.VIOLATION_NOTICE, 2032)).isEqualTo("格交执通〔2032〕2号");
    }

    @Test
    void a_rolled_back_transaction_gives_its_number_back() {
        assertThat(tx.<String>execute(s -> numbers.next(41, "乌交执", DocumentType.FILING_REGISTER, 2034))).isEqualTo("乌交执立〔2034〕1号");
        tx.executeWithoutResult(s -> {
            assertThat(numbers.next(41, "乌交执", DocumentType.FILING_REGISTER, 2034)).isEqualTo("乌交执立〔2034〕2号");
            s.setRollbackOnly();
        });
        assertThat(tx.<String>execute(s -> numbers.next(41, "乌交执", DocumentType.FILING_REGISTER, 2034))).isEqualTo("乌交执立〔2034〕2号");
    }

    @Test
    void fifty_concurrent_transactions_with_rollbacks_leave_consecutive_numbers_without_gaps_or_duplicates()
            throws Exception {
        int clients = 50;
        List<Long> committed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            boolean rollBack = i % 3 == 0;
            futures.add(pool.submit(() -> {
                start.await();
                tx.executeWithoutResult(s -> {
                    String number = numbers.next(51, "都交执", DocumentType.PENALTY_DECISION, 2035);
                    // hold the transaction open a moment, as a real case step would
                    try {
                        Thread.sleep(3);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (rollBack) {
                        s.setRollbackOnly();
                    } else {
                        committed.add(Long.parseLong(number.replaceAll(".*〕(\\d+)号", "$1")));
                    }
                });
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int expected = (int) java.util.stream.IntStream.range(0, clients).filter(i -> i % 3 != 0).count();
        assertThat(committed).hasSize(expected).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
        assertThat(numbers.next(51, "都交执", DocumentType.PENALTY_DECISION, 2035)).isEqualTo("都交执罚〔2035〕" + (expected + 1) + "号");
    }
}

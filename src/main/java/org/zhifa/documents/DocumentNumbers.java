package org.zhifa.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.documents.internal.DocumentsProperties;

/**
 * Document numbers (文号, legal-rules §10): one gapless sequence per unit, document code and year. The counter
 * row is incremented in the caller's transaction, so a rolled-back transaction gives its number back and
 * concurrent transactions queue on the row lock instead of skipping or duplicating numbers.
 */
@Service
public class DocumentNumbers {

    private final JdbcClient jdbc;
    private final DocumentsProperties properties;

    DocumentNumbers(JdbcClient jdbc, DocumentsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Draws the next number, e.g. {@code 德交执罚〔2025〕3号}. Call it inside the transaction that stores the
     * document or case using the number.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public String next(long unitId, String unitShortName, DocumentType type, int year) {
        if (unitShortName == null || unitShortName.isBlank()) {
            throw new org.zhifa.common.InvalidInputException("单位简称为空，无法生成文书编号");
        }
        String code = properties.code(type);
        long n = jdbc.sql("""
                insert into document_number_counter (unit_id, code, year, n) values (:unit, :code, :year, 1)
                on conflict (unit_id, code, year) do update set n = document_number_counter.n + 1
                returning n
                """).param("unit", unitId).param("code", code).param("year", year).query(Long.class).single();
        return format(unitShortName, code, year, n);
    }

    /** The number a sequence value prints as, per {@code zhifa.documents.number-pattern}. */
    public String format(String unitShortName, String code, int year, long n) {
        return properties.numberPattern().replace("{unit}", unitShortName).replace("{code}", code)
                .replace("{year}", Integer.toString(year)).replace("{n}", Long.toString(n));
    }

    /** The code printed in numbers of the given type (setting {@code zhifa.documents.codes}). */
    public String code(DocumentType type) {
        return properties.code(type);
    }
}

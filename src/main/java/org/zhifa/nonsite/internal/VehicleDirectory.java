package org.zhifa.nonsite.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.PartyKind;
import org.zhifa.common.Actor;
import org.zhifa.common.InputText;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.crypto.PersonalDataCipher;

/**
 * The vehicle directory imported by CSV from the road-transport system (external to zhifa): who owns a plate. A
 * citizen owner's ID number, address and phone are stored encrypted (SM4-GCM); an organisation's credit code is
 * public information and stays in clear, its phone (often a person's) is encrypted.
 */
@Service
public class VehicleDirectory {

    public static final String HEADER = "plate,plateColour,ownerKind,ownerName,ownerIdNumber,address,phone,enterpriseName,enterpriseCode";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;

    VehicleDirectory(JdbcClient jdbc, PersonalDataCipher cipher, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Import outcome with the problems per line (1-based, the header is line 1). */
    public record ImportResult(int imported, int updated, Map<Integer, String> errors) {
    }

    /** A row of the directory list (personal data masked). */
    public record Row(String plate, String plateColour, String ownerKind, String ownerName, String enterpriseName,
            String enterpriseCode, java.time.OffsetDateTime importedAt) {
    }

    @Transactional
    public ImportResult importCsv(InputStream in, Actor actor) {
        Map<Integer, String> errors = new java.util.LinkedHashMap<>();
        int imported = 0;
        int updated = 0;
        CsvRows csv;
        try {
            csv = CsvRows.open(in);
        } catch (CsvRows.SyntaxError e) {
            throw new InvalidInputException("第一行须为列名 " + HEADER + "；" + e.getMessage());
        }
        if (csv == null) {
            throw new InvalidInputException("文件为空：第一行须为列名 " + HEADER);
        }
        try (csv) {
            for (String required : List.of("plate", "plateColour", "ownerKind", "ownerName")) {
                if (!csv.hasColumn(required)) {
                    throw new InvalidInputException("第一行须为列名，缺少 " + required + "（完整列名：" + HEADER + "）");
                }
            }
            CsvRows.Row cells;
            while ((cells = next(csv, errors)) != null) {
                int line = cells.line();
                String unstorable = unstorable(csv, cells);
                if (unstorable != null) {
                    errors.put(line, unstorable);
                    continue;
                }
                String plate = csv.cell(cells, "plate");
                String colour = csv.cell(cells, "plateColour");
                String kindText = csv.cell(cells, "ownerKind");
                String name = csv.cell(cells, "ownerName");
                String id = csv.cell(cells, "ownerIdNumber");
                PartyKind kind = kind(kindText);
                String error = null;
                if (plate == null || plate.length() > 16) {
                    error = "车牌号码为空或超过 16 字";
                } else if (colour == null || colour.length() > 8) {
                    error = "车牌颜色为空或超过 8 字";
                } else if (kind == null) {
                    error = "所有人类型须为 公民 或 单位（CITIZEN / ORGANISATION）";
                } else if (name == null || name.length() > 200) {
                    error = "所有人名称为空或超过 200 字";
                } else if (id != null && kind == PartyKind.CITIZEN && !id.matches("\\d{17}[\\dXx]")) {
                    error = "公民身份号码须为 18 位";
                } else if (id != null && kind == PartyKind.ORGANISATION && !id.matches("[0-9A-Z]{18}")) {
                    error = "统一社会信用代码须为 18 位";
                }
                String code = csv.cell(cells, "enterpriseCode");
                if (error == null && code != null && !code.matches("[0-9A-Z]{18}")) {
                    error = "企业统一社会信用代码须为 18 位";
                }
                if (error != null) {
                    errors.put(line, error);
                    continue;
                }
                boolean citizen = kind == PartyKind.CITIZEN;
                String address = csv.cell(cells, "address");
                String phone = csv.cell(cells, "phone");
                int existed = jdbc.sql("select count(*) from nonsite_vehicle where plate = :p and plate_colour = :c")
                        .param("p", plate).param("c", colour).query(Integer.class).single();
                jdbc.sql("""
                        insert into nonsite_vehicle (plate, plate_colour, owner_kind, owner_name, owner_id_enc, owner_id_index,
                            address_enc, phone_enc, enterprise_name, enterprise_code, imported_by)
                        values (:p, :c, :k, :n, :id, :idx, :a, :ph, :en, :ec, :by)
                        on conflict (plate, plate_colour) do update set owner_kind = excluded.owner_kind,
                            owner_name = excluded.owner_name, owner_id_enc = excluded.owner_id_enc,
                            owner_id_index = excluded.owner_id_index, address_enc = excluded.address_enc,
                            phone_enc = excluded.phone_enc, enterprise_name = excluded.enterprise_name,
                            enterprise_code = excluded.enterprise_code, imported_at = now(), imported_by = excluded.imported_by
                        """).param("p", plate).param("c", colour).param("k", kind.name()).param("n", name)
                        .param("id", id == null ? null : citizen ? cipher.encrypt(id) : id)
                        .param("idx", id == null ? null : cipher.blindIndex(id))
                        .param("a", address == null ? null : citizen ? cipher.encrypt(address) : address)
                        .param("ph", phone == null ? null : cipher.encrypt(phone))
                        .param("en", csv.cell(cells, "enterpriseName")).param("ec", code).param("by", actor.username())
                        .update();
                if (existed > 0) {
                    updated++;
                } else {
                    imported++;
                }
            }
        }
        audit.success("NONSITE_VEHICLES_IMPORTED", "NONSITE_VEHICLE", null, "导入车辆登记信息：新增 " + imported + "，更新 "
                + updated + "，错误 " + errors.size() + " 行");
        return new ImportResult(imported, updated, errors);
    }

    /** The owner of a plate (with the colour when known). */
    public Optional<VehicleOwner> find(String plate, String colour) {
        return jdbc.sql("""
                select * from nonsite_vehicle where plate = :p and (cast(:c as text) is null or plate_colour = :c)
                order by imported_at desc limit 1
                """).param("p", plate).param("c", colour).query((rs, n) -> {
                    boolean citizen = "CITIZEN".equals(rs.getString("owner_kind"));
                    String id = rs.getString("owner_id_enc");
                    String address = rs.getString("address_enc");
                    return new VehicleOwner(rs.getString("plate"), rs.getString("plate_colour"),
                            PartyKind.valueOf(rs.getString("owner_kind")), rs.getString("owner_name"),
                            citizen && id != null ? cipher.decrypt(id) : id,
                            citizen && address != null ? cipher.decrypt(address) : address,
                            rs.getString("phone_enc") == null ? null : cipher.decrypt(rs.getString("phone_enc")),
                            rs.getString("enterprise_name"), rs.getString("enterprise_code"));
                }).optional();
    }

    public PageResult<Row> search(String q, int page, int size) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("""
                select count(*) from nonsite_vehicle where cast(:q as text) is null or plate like :q or owner_name like :q
                    or enterprise_name like :q
                """).param("q", like).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                select plate, plate_colour, owner_kind, owner_name, enterprise_name, enterprise_code, imported_at
                from nonsite_vehicle where cast(:q as text) is null or plate like :q or owner_name like :q
                    or enterprise_name like :q
                order by plate limit :l offset :o
                """).param("q", like).param("l", size).param("o", (long) page * size)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2),
                        PartyKind.valueOf(rs.getString(3)).label(), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class)))
                .list();
        return new PageResult<>(new ArrayList<>(rows), total, page, size);
    }

    private static PartyKind kind(String text) {
        if (text == null) {
            return null;
        }
        switch (text.strip()) {
            case "公民", "个人", "CITIZEN" -> {
                return PartyKind.CITIZEN;
            }
            case "单位", "企业", "法人或其他组织", "ORGANISATION" -> {
                return PartyKind.ORGANISATION;
            }
            default -> {
                return null;
            }
        }
    }

    /** The next row; a syntax error is reported at its line and ends the file (rows before it are imported). */
    private static CsvRows.Row next(CsvRows csv, Map<Integer, String> errors) {
        try {
            return csv.next();
        } catch (CsvRows.SyntaxError e) {
            errors.put(e.line, e.getMessage() + "：此处及其后的内容未导入");
            return null;
        }
    }

    /** Why a cell of the row cannot be stored (e.g. a NUL), naming the column; {@code null} when all can. */
    private static String unstorable(CsvRows csv, CsvRows.Row row) {
        for (String name : csv.columnNames()) {
            String reason = InputText.reason(csv.raw(row, name));
            if (reason != null) {
                return name + " " + reason;
            }
        }
        return null;
    }
}

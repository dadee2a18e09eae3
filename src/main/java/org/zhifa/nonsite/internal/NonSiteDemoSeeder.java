package org.zhifa.nonsite.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.nonsite.DeviceKind;

/**
 * Demonstration data (clearly fictitious, only with zhifa.demo-data=true, idempotent): two usable weigh-in-motion
 * stations and an unpublished camera, three days of records with a few over-limit clues, and owners of the over-limit
 * vehicles in the directory.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("zhifa.demo-data")
class NonSiteDemoSeeder implements ApplicationRunner {

    /** Placeholder pictures drawn inline (the demonstration has no camera). */
    static final String DEMO_IMAGES = svg("演示抓拍图：车头（虚构）") + "\n" + svg("演示抓拍图：车身侧面（虚构）");

    private final MonitoringDevices devices;
    private final DeviceDirectory directory;
    private final IngestPipeline pipeline;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    NonSiteDemoSeeder(MonitoringDevices devices, DeviceDirectory directory, IngestPipeline pipeline, JdbcClient jdbc,
            PersonalDataCipher cipher, Clock clock) {
        this.devices = devices;
        this.directory = directory;
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (devices.findByCode("DEMO-WIM-01").isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long a = device("DEMO-WIM-01", "德令哈东不停车检测点（演示）", DeviceKind.WIM, "G315", "K2710+300", "往格尔木方向", 11,
                "97.3705", "37.3754", true);
        long b = device("DEMO-WIM-02", "格尔木北不停车检测点（演示）", DeviceKind.WIM, "G109", "K2850+000", "往拉萨方向", 21,
                "94.9027", "36.4384", true);
        device("DEMO-CAM-01", "大柴旦抓拍点（演示，未公布）", DeviceKind.PLATE_CAMERA, "G215", "K480+500", "双向", 71, null, null,
                false);
        SplittableRandom random = new SplittableRandom(20250601);
        for (long id : new long[] {a, b}) {
            var device = directory.of(devices.find(id).orElseThrow());
            var batch = pipeline.batch(device);
            long now = clock.millis();
            for (int i = 0; i < 300; i++) {
                DetectionRecord r = new DetectionRecord();
                r.index = i;
                r.recordId = "DEMO-" + id + "-" + i;
                r.detectedAt = now - 60_000L * (5 + random.nextInt(3 * 24 * 60));
                r.lane = 1 + random.nextInt(2);
                boolean over = random.nextInt(100) < 5;
                r.plate = over ? "青Z" + (90_000 + random.nextInt(8)) : "青Y" + (10_000 + random.nextInt(89_999));
                r.plateColour = "黄";
                r.axles = over ? 6 : 2 + random.nextInt(5);
                r.combination = r.axles >= 5;
                r.vehicleType = r.combination ? "重型半挂牵引车" : "重型栏板货车";
                int limit = org.zhifa.nonsite.OverLimitJudge.massLimitKg(r.axles, r.combination, false, 0);
                r.grossMassKg = over ? limit + 4_000 + random.nextInt(12_000) : limit / 2 + random.nextInt(limit / 2);
                r.heightMm = 3_300 + random.nextInt(600);
                r.widthMm = 2_500;
                r.lengthMm = r.combination ? 16_500 : 9_000;
                r.speedKmh = 45 + random.nextInt(40);
                r.images = DEMO_IMAGES;
                batch.accept(r);
            }
            batch.finish(true, null, 300);
        }
        for (int i = 0; i < 8; i++) {
            boolean company = i % 2 == 0;
            jdbc.sql("""
                    insert into nonsite_vehicle (plate, plate_colour, owner_kind, owner_name, owner_id_enc, owner_id_index,
                        address_enc, phone_enc, enterprise_name, enterprise_code, imported_by)
                    values (:p, '黄', :k, :n, :id, :idx, :a, :ph, :en, :ec, 'system') on conflict do nothing
                    """).param("p", "青Z" + (90_000 + i)).param("k", company ? "ORGANISATION" : "CITIZEN")
                    .param("n", company ? "海西示例物流有限公司（虚构）" : "示例车主" + i + "（虚构）")
                    .param("id", company ? "91632800MA7DEMO00X" : cipher.encrypt("63280119900101" + (1000 + i)))
                    .param("idx", cipher.blindIndex(company ? "91632800MA7DEMO00X" : "63280119900101" + (1000 + i)))
                    .param("a", company ? "德令哈市示例大道 1 号（虚构）" : cipher.encrypt("德令哈市示例路 " + i + " 号（虚构）"))
                    .param("ph", cipher.encrypt("1380000000" + i))
                    .param("en", company ? "海西示例物流有限公司（虚构）" : null)
                    .param("ec", company ? "91632800MA7DEMO00X" : null).update();
        }
    }

    private static String svg(String text) {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='320' height='180'><rect width='320' height='180' fill='#dde3ea'/>"
                + "<text x='160' y='95' font-size='16' text-anchor='middle' fill='#445'>" + text + "</text></svg>";
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private long device(String code, String name, DeviceKind kind, String road, String stake, String direction,
            long unit, String lon, String lat, boolean ready) {
        LocalDate today = LocalDate.now(clock);
        DeviceForm f = new DeviceForm();
        f.setCode(code);
        f.setName(name);
        f.setKind(kind.name());
        f.setRoad(road);
        f.setStake(stake);
        f.setDirection(direction);
        f.setUnitId(unit);
        f.setLongitude(lon == null ? null : new BigDecimal(lon));
        f.setLatitude(lat == null ? null : new BigDecimal(lat));
        if (kind.weighing()) {
            f.setAccuracyClass(5);
            f.setCertNumber("示例检定字第" + code + "号");
            f.setCertDate(today.minusMonths(6));
            f.setCertExpiry(today.plusMonths(6));
        }
        f.setSignagePhoto(ready ? "演示标志照片（虚构）" : null);
        long id = devices.insert(f.validate(), "system");
        if (ready) {
            devices.addReview(id, true, "法制审核员（演示）", today.minusDays(90), true, "设置依据充分，符合法定要求（演示）", "示例法审〔2025〕1号", "system");
            devices.addReview(id, false, "技术审核组（演示）", today.minusDays(85), true, "设备符合标准，设置合理（演示）", "示例技审〔2025〕1号", "system");
            devices.publish(id, today.minusDays(60), "海西州交通运输局门户网站（演示）", 0);
        }
        return id;
    }
}

package org.zhifa.nonsite.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhifa.common.InvalidInputException;
import org.zhifa.nonsite.DeviceKind;

/** Device registration and edit form (page and API alike). */
public class DeviceForm {

    private String code;
    private String name;
    private String kind;
    private String road;
    private String stake;
    private String direction;
    private BigDecimal longitude;
    private BigDecimal latitude;
    private Long unitId;
    private Integer accuracyClass;
    private String certNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certExpiry;
    private String signagePhoto;
    private Integer version;

    public static DeviceForm of(MonitoringDevice d) {
        DeviceForm f = new DeviceForm();
        f.code = d.code();
        f.name = d.name();
        f.kind = d.kind().name();
        f.road = d.road();
        f.stake = d.stake();
        f.direction = d.direction();
        f.longitude = d.longitude();
        f.latitude = d.latitude();
        f.unitId = d.unitId();
        f.accuracyClass = d.accuracyClass();
        f.certNumber = d.certNumber();
        f.certDate = d.certDate();
        f.certExpiry = d.certExpiry();
        f.signagePhoto = d.signagePhoto();
        f.version = d.version();
        return f;
    }

    /** Checked values; throws 400 with Chinese messages per field. */
    Valid validate() {
        Map<String, String> e = new LinkedHashMap<>();
        String c = required(code, "code", "请填写设备编号", 40, e);
        if (c != null && !c.matches("[A-Za-z0-9_-]+")) {
            e.put("code", "设备编号只能包含字母、数字、下划线和连字符");
        }
        String n = required(name, "name", "请填写设备名称", 100, e);
        DeviceKind k = null;
        if (kind == null || kind.isBlank()) {
            e.put("kind", "请选择设备类型");
        } else {
            try {
                k = DeviceKind.valueOf(kind.strip());
            } catch (IllegalArgumentException ex) {
                e.put("kind", "设备类型无效");
            }
        }
        String r = required(road, "road", "请填写道路（路线编号）", 100, e);
        String s = required(stake, "stake", "请填写桩号", 40, e);
        String dir = required(direction, "direction", "请填写方向", 40, e);
        if (longitude != null && (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            e.put("longitude", "经度须在 -180 至 180 之间");
        }
        if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
            e.put("latitude", "纬度须在 -90 至 90 之间");
        }
        if (unitId == null) {
            e.put("unitId", "请选择管理单位");
        }
        if (accuracyClass != null && (accuracyClass < 1 || accuracyClass > 20)) {
            e.put("accuracyClass", "准确度等级须在 1 至 20 之间");
        }
        String cert = trim(certNumber);
        if (cert != null && cert.length() > 60) {
            e.put("certNumber", "检定证书编号不超过 60 字");
        }
        if (certDate != null && certExpiry != null && certExpiry.isBefore(certDate)) {
            e.put("certExpiry", "有效期至不能早于检定日期");
        }
        if ((cert == null) != (certDate == null) || (certDate == null) != (certExpiry == null)) {
            e.putIfAbsent("certNumber", "检定证书编号、检定日期、有效期至须一并填写");
        }
        if (k == DeviceKind.WIM && accuracyClass == null) {
            e.putIfAbsent("accuracyClass", "称重设备须填写准确度等级");
        }
        String photo = trim(signagePhoto);
        if (photo != null && photo.length() > 300) {
            e.put("signagePhoto", "标志照片地址不超过 300 字");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("设备信息有误：" + String.join("；", e.values()), e);
        }
        return new Valid(c, n, k, r, s, dir, longitude, latitude, unitId, accuracyClass, cert, certDate, certExpiry,
                photo, version == null ? 0 : version);
    }

    record Valid(String code, String name, DeviceKind kind, String road, String stake, String direction,
            BigDecimal longitude, BigDecimal latitude, long unitId, Integer accuracyClass, String certNumber,
            LocalDate certDate, LocalDate certExpiry, String signagePhoto, int version) {
    }

    private static String required(String v, String field, String message, int max, Map<String, String> e) {
        String t = trim(v);
        if (t == null) {
            e.put(field, message);
        } else if (t.length() > max) {
            e.put(field, "不超过 " + max + " 字");
        }
        return t;
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getRoad() { return road; }
    public void setRoad(String road) { this.road = road; }
    public String getStake() { return stake; }
    public void setStake(String stake) { this.stake = stake; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Integer getAccuracyClass() { return accuracyClass; }
    public void setAccuracyClass(Integer accuracyClass) { this.accuracyClass = accuracyClass; }
    public String getCertNumber() { return certNumber; }
    public void setCertNumber(String certNumber) { this.certNumber = certNumber; }
    public LocalDate getCertDate() { return certDate; }
    public void setCertDate(LocalDate certDate) { this.certDate = certDate; }
    public LocalDate getCertExpiry() { return certExpiry; }
    public void setCertExpiry(LocalDate certExpiry) { this.certExpiry = certExpiry; }
    public String getSignagePhoto() { return signagePhoto; }
    public void setSignagePhoto(String signagePhoto) { this.signagePhoto = signagePhoto; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}

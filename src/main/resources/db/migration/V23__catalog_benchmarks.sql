-- Discretion benchmark versions (裁量基准) for a part of the seeded violations. These are the 海西州
-- DEMONSTRATION benchmark: tiers obtained by splitting each statutory range, written for the system's
-- demonstration and tests. The text of the 《青海省交通运输行政裁量权基准》 was not available to us, so these
-- versions do not reproduce it; the source field says so, and they must be replaced by the published provincial
-- benchmark before production use. GLAQ-69 has two versions (change on 2025-07-01) to show 从旧兼从轻.

create temporary table bv_seed (code text, version_no int, effective_from date, effective_to date, change_reason text)
    on commit drop;
insert into bv_seed values
 ('GLAQ-69', 1, date '2024-01-01', date '2025-06-30', null),
 ('GLAQ-69', 2, date '2025-07-01', null, '示范调整：轻微阶次上限由1000元降为500元，一般阶次上调（用于演示《行政处罚法》第三十七条从旧兼从轻）'),
 ('GLF-77-1', 1, date '2024-01-01', null, null),
 ('GLF-76-1', 1, date '2024-01-01', null, null),
 ('GLF-79', 1, date '2024-01-01', null, null),
 ('CX-43-D', 1, date '2024-01-01', null, null),
 ('GLAQ-59', 1, date '2024-01-01', null, null),
 ('GLAQ-65-3', 1, date '2024-01-01', null, null),
 ('GLAQ-67-1', 1, date '2024-01-01', null, null),
 ('GLAQ-68', 1, date '2024-01-01', null, null),
 ('DLYS-63-1', 1, date '2024-01-01', null, null),
 ('DLYS-63-2', 1, date '2024-01-01', null, null),
 ('DLYS-64', 1, date '2024-01-01', null, null),
 ('DLYS-66', 1, date '2024-01-01', null, null),
 ('DLYS-68-2', 1, date '2024-01-01', null, null),
 ('DLYS-69-1', 1, date '2024-01-01', null, null);

insert into catalog_benchmark_version (violation_id, version_no, title, effective_from, effective_to, approved_by,
        approved_on, filing_ref, filing_date, published, source_note, change_reason, created_by)
select v.id, s.version_no, '海西州交通运输行政处罚裁量基准（示范）— ' || v.name, s.effective_from, s.effective_to,
       '海西州交通运输局（示范数据）', s.effective_from, '示范数据：未实际报送备案审查', s.effective_from, true,
       '示范基准：由法定幅度拆分阶次，仅供系统演示与测试。《青海省交通运输行政裁量权基准》原文未能取得，本版本不代表该基准内容，正式启用前须以省厅公布的基准替换。',
       s.change_reason, 'system'
from bv_seed s join catalog_violation v on v.code = s.code;

create temporary table fact_seed (code text, ordinal int, fact_key text, label text, fact_type text, unit text)
    on commit drop;
insert into fact_seed values
 ('GLAQ-69', 1, 'damage_area_m2', '路面损坏或污染面积', 'NUMBER', '平方米'),
 ('GLAQ-69', 2, 'traffic_affected', '是否引发交通事故或交通拥堵', 'BOOLEAN', null),
 ('GLF-77-1', 1, 'damage_area_m2', '路面损坏、污染或占用面积', 'NUMBER', '平方米'),
 ('GLF-77-1', 2, 'traffic_affected', '是否影响公路畅通（引发事故或拥堵）', 'BOOLEAN', null),
 ('GLF-76-1', 1, 'occupied_area_m2', '占用或挖掘面积', 'NUMBER', '平方米'),
 ('GLF-76-1', 2, 'restored', '是否已自行恢复原状', 'BOOLEAN', null),
 ('GLF-79', 1, 'sign_area_m2', '标志牌面积', 'NUMBER', '平方米'),
 ('GLF-79', 2, 'removed_in_time', '是否在责令期限内自行拆除', 'BOOLEAN', null),
 ('CX-43-D', 1, 'height_m', '车货总高度（从地面算起）', 'NUMBER', '米'),
 ('CX-43-D', 2, 'width_m', '车货总宽度', 'NUMBER', '米'),
 ('CX-43-D', 3, 'length_m', '车货总长度', 'NUMBER', '米'),
 ('GLAQ-59', 1, 'structure_damaged', '是否造成桥梁、隧道、涵洞结构损伤', 'BOOLEAN', null),
 ('GLAQ-65-3', 1, 'times', '租借、转让次数', 'NUMBER', '次'),
 ('GLAQ-67-1', 1, 'caused_damage', '是否造成检测设施损坏或人员受伤', 'BOOLEAN', null),
 ('GLAQ-67-1', 2, 'lane_blocked_minutes', '堵塞通行车道时长', 'NUMBER', '分钟'),
 ('GLAQ-68', 1, 'vehicles_count', '被指使、强令超限运输的车辆数', 'NUMBER', '辆'),
 ('DLYS-63-1', 1, 'illegal_gain_yuan', '违法所得', 'NUMBER', '元'),
 ('DLYS-63-1', 2, 'serious', '是否情节严重（如被查处后继续经营、造成事故）', 'BOOLEAN', null),
 ('DLYS-63-2', 1, 'illegal_gain_yuan', '违法所得', 'NUMBER', '元'),
 ('DLYS-63-2', 2, 'serious', '是否情节严重（如超员载客、被查处后继续经营）', 'BOOLEAN', null),
 ('DLYS-64', 1, 'first_offence', '是否首次被查处', 'BOOLEAN', null),
 ('DLYS-66', 1, 'times', '转让、出租次数', 'NUMBER', '次'),
 ('DLYS-68-2', 1, 'caused_pollution', '是否造成路面污染或他人损失', 'BOOLEAN', null),
 ('DLYS-69-1', 1, 'overdue_days', '维护或检测逾期天数', 'NUMBER', '天');

insert into catalog_benchmark_fact (version_id, ordinal, fact_key, label, fact_type, unit)
select bv.id, f.ordinal, f.fact_key, f.label, f.fact_type, f.unit
from fact_seed f
join catalog_violation v on v.code = f.code
join catalog_benchmark_version bv on bv.violation_id = v.id;

create temporary table tier_seed (code text, version_no int, ordinal int, name text, condition_text text,
    condition_expr text, sanction text, min_fen bigint, max_fen bigint, multiple_fact text, min_multiple numeric,
    max_multiple numeric, other_measures text) on commit drop;
insert into tier_seed values
 ('GLAQ-69', 1, 1, '轻微', '损坏或污染面积不超过5平方米，未引发事故或拥堵', 'damage_area_m2 <= 5; traffic_affected = false', 'FINE', 0, 100000, null, null, null, null),
 ('GLAQ-69', 1, 2, '一般', '损坏或污染面积不超过20平方米，未引发事故或拥堵', 'damage_area_m2 <= 20; traffic_affected = false', 'FINE', 100000, 300000, null, null, null, null),
 ('GLAQ-69', 1, 3, '严重', '面积超过20平方米，或者引发交通事故、交通拥堵', '', 'FINE', 300000, 500000, null, null, null, null),
 ('GLAQ-69', 2, 1, '轻微', '损坏或污染面积不超过5平方米，未引发事故或拥堵', 'damage_area_m2 <= 5; traffic_affected = false', 'FINE', 0, 50000, null, null, null, null),
 ('GLAQ-69', 2, 2, '一般', '损坏或污染面积不超过20平方米，未引发事故或拥堵', 'damage_area_m2 <= 20; traffic_affected = false', 'FINE', 150000, 350000, null, null, null, null),
 ('GLAQ-69', 2, 3, '严重', '面积超过20平方米，或者引发交通事故、交通拥堵', '', 'FINE', 350000, 500000, null, null, null, null),
 ('GLF-77-1', 1, 1, '轻微', '面积不超过5平方米，未影响公路畅通', 'damage_area_m2 <= 5; traffic_affected = false', 'FINE', 0, 100000, null, null, null, null),
 ('GLF-77-1', 1, 2, '一般', '面积不超过20平方米，未影响公路畅通', 'damage_area_m2 <= 20; traffic_affected = false', 'FINE', 100000, 300000, null, null, null, null),
 ('GLF-77-1', 1, 3, '严重', '面积超过20平方米，或者影响公路畅通', '', 'FINE', 300000, 500000, null, null, null, null),
 ('GLF-76-1', 1, 1, '轻微', '占用或挖掘面积不超过10平方米且已自行恢复原状', 'occupied_area_m2 <= 10; restored = true', 'FINE', 0, 500000, null, null, null, null),
 ('GLF-76-1', 1, 2, '一般', '占用或挖掘面积不超过50平方米', 'occupied_area_m2 <= 50', 'FINE', 500000, 1500000, null, null, null, null),
 ('GLF-76-1', 1, 3, '严重', '占用或挖掘面积超过50平方米', '', 'FINE', 1500000, 3000000, null, null, null, null),
 ('GLF-79', 1, 1, '轻微', '标志牌面积不超过2平方米且在期限内自行拆除', 'sign_area_m2 <= 2; removed_in_time = true', 'FINE', 0, 200000, null, null, null, null),
 ('GLF-79', 1, 2, '一般', '标志牌面积不超过10平方米', 'sign_area_m2 <= 10', 'FINE', 200000, 1000000, null, null, null, null),
 ('GLF-79', 1, 3, '严重', '标志牌面积超过10平方米', '', 'FINE', 1000000, 2000000, null, null, null, null),
 ('CX-43-D', 1, 1, '第一档', '高≤4.2米、宽≤3米且长≤20米', 'dimension_band = 1', 'FINE', 0, 20000, null, null, null, null),
 ('CX-43-D', 1, 2, '第二档', '高≤4.5米、宽≤3.75米且长≤28米', 'dimension_band = 2', 'FINE', 20000, 100000, null, null, null, null),
 ('CX-43-D', 1, 3, '第三档', '高>4.5米、宽>3.75米或长>28米', '', 'FINE', 100000, 300000, null, null, null, null),
 ('GLAQ-59', 1, 1, '一般', '未造成桥梁、隧道、涵洞结构损伤', 'structure_damaged = false', 'FINE', 2000000, 5000000, null, null, null, null),
 ('GLAQ-59', 1, 2, '严重', '造成结构损伤', '', 'FINE', 5000000, 10000000, null, null, null, null),
 ('GLAQ-65-3', 1, 1, '一般', '租借、转让1次', 'times <= 1', 'FINE', 100000, 300000, null, null, null, '没收超限运输车辆通行证'),
 ('GLAQ-65-3', 1, 2, '较重', '租借、转让2次以上', '', 'FINE', 300000, 500000, null, null, null, '没收超限运输车辆通行证'),
 ('GLAQ-67-1', 1, 1, '一般', '未造成损坏或伤害，堵塞车道不超过30分钟', 'caused_damage = false; lane_blocked_minutes <= 30', 'FINE', 0, 1000000, null, null, null, '强制拖离或者扣留车辆'),
 ('GLAQ-67-1', 1, 2, '较重', '未造成损坏或伤害，堵塞车道超过30分钟', 'caused_damage = false', 'FINE', 1000000, 2000000, null, null, null, '强制拖离或者扣留车辆'),
 ('GLAQ-67-1', 1, 3, '严重', '造成检测设施损坏或人员受伤', '', 'FINE', 2000000, 3000000, null, null, null, '强制拖离或者扣留车辆'),
 ('GLAQ-68', 1, 1, '一般', '指使、强令1辆车超限运输', 'vehicles_count <= 1', 'FINE', 0, 1000000, null, null, null, null),
 ('GLAQ-68', 1, 2, '较重', '2至5辆', 'vehicles_count <= 5', 'FINE', 1000000, 2000000, null, null, null, null),
 ('GLAQ-68', 1, 3, '严重', '5辆以上', '', 'FINE', 2000000, 3000000, null, null, null, null),
 ('DLYS-63-1', 1, 1, '违法所得超过1万元', '违法所得超过1万元：没收违法所得，处违法所得1倍以上5倍以下罚款', 'illegal_gain_yuan > 10000', 'FINE_MULTIPLE', null, null, 'illegal_gain_yuan', 1, 5, '没收违法所得'),
 ('DLYS-63-1', 1, 2, '一般', '没有违法所得或不足1万元，情节不严重', 'serious = false', 'FINE', 300000, 1000000, null, null, null, null),
 ('DLYS-63-1', 1, 3, '情节严重', '没有违法所得或不足1万元，情节严重', '', 'FINE', 1000000, 5000000, null, null, null, null),
 ('DLYS-63-2', 1, 1, '违法所得超过2万元', '违法所得超过2万元：没收违法所得，处违法所得2倍以上10倍以下罚款', 'illegal_gain_yuan > 20000', 'FINE_MULTIPLE', null, null, 'illegal_gain_yuan', 2, 10, '没收违法所得'),
 ('DLYS-63-2', 1, 2, '一般', '没有违法所得或不足2万元，情节不严重', 'serious = false', 'FINE', 1000000, 5000000, null, null, null, null),
 ('DLYS-63-2', 1, 3, '情节严重', '没有违法所得或不足2万元，情节严重', '', 'FINE', 5000000, 10000000, null, null, null, null),
 ('DLYS-64', 1, 1, '一般', '首次被查处', 'first_offence = true', 'FINE', 20000, 100000, null, null, null, null),
 ('DLYS-64', 1, 2, '较重', '再次被查处', '', 'FINE', 100000, 200000, null, null, null, null),
 ('DLYS-66', 1, 1, '一般', '转让、出租1次', 'times <= 1', 'FINE', 200000, 500000, null, null, null, '收缴有关证件；有违法所得的，没收违法所得'),
 ('DLYS-66', 1, 2, '较重', '转让、出租2次以上', '', 'FINE', 500000, 1000000, null, null, null, '收缴有关证件；有违法所得的，没收违法所得'),
 ('DLYS-68-2', 1, 1, '一般', '未造成路面污染或他人损失', 'caused_pollution = false', 'FINE', 100000, 200000, null, null, null, null),
 ('DLYS-68-2', 1, 2, '较重', '造成路面污染或他人损失', '', 'FINE', 200000, 300000, null, null, null, null),
 ('DLYS-69-1', 1, 1, '一般', '逾期不超过30天', 'overdue_days <= 30', 'FINE', 100000, 250000, null, null, null, null),
 ('DLYS-69-1', 1, 2, '较重', '逾期31至90天', 'overdue_days <= 90', 'FINE', 250000, 400000, null, null, null, null),
 ('DLYS-69-1', 1, 3, '严重', '逾期超过90天', '', 'FINE', 400000, 500000, null, null, null, null);

insert into catalog_benchmark_tier (version_id, ordinal, name, condition_text, condition_expr, sanction, min_fen,
        max_fen, multiple_fact, min_multiple, max_multiple, other_measures)
select bv.id, t.ordinal, t.name, t.condition_text, t.condition_expr, t.sanction, t.min_fen, t.max_fen,
       t.multiple_fact, t.min_multiple, t.max_multiple, t.other_measures
from tier_seed t
join catalog_violation v on v.code = t.code
join catalog_benchmark_version bv on bv.violation_id = v.id and bv.version_no = t.version_no;

-- The same factor list on every seeded version: 处罚法 第三十条、第三十二条 (从轻或者减轻) and two aggravating ones.
insert into catalog_benchmark_factor (version_id, ordinal, code, name, direction, effect, legal_basis,
        reduction_allowed, shift_percent)
select bv.id, f.ordinal, f.code, f.name, f.direction, f.effect, f.legal_basis, f.reduction_allowed, f.shift_percent
from catalog_benchmark_version bv cross join (values
 (1, 'ELIMINATED_HARM', '主动消除或者减轻违法行为危害后果', 'MITIGATING', 'LOWER_WITHIN_RANGE', '《行政处罚法》第三十二条第（一）项', true, 30),
 (2, 'COERCED', '受他人胁迫或者诱骗实施违法行为', 'MITIGATING', 'BELOW_RANGE', '《行政处罚法》第三十二条第（二）项', true, 30),
 (3, 'CONFESSED', '主动供述行政机关尚未掌握的违法行为', 'MITIGATING', 'LOWER_WITHIN_RANGE', '《行政处罚法》第三十二条第（三）项', true, 25),
 (4, 'MERITORIOUS', '配合行政机关查处违法行为有立功表现', 'MITIGATING', 'BELOW_RANGE', '《行政处罚法》第三十二条第（四）项', true, 30),
 (5, 'MINOR_AGE', '已满十四周岁不满十八周岁的未成年人', 'MITIGATING', 'BELOW_RANGE', '《行政处罚法》第三十条', true, 30),
 (6, 'REPEATED', '一年内因同一违法行为受过行政处罚又实施', 'AGGRAVATING', 'UPPER_PART_OF_RANGE', '海西州示范裁量基准（从重情节）', false, 40),
 (7, 'OBSTRUCTION', '拒不配合调查或者阻碍执法', 'AGGRAVATING', 'UPPER_PART_OF_RANGE', '海西州示范裁量基准（从重情节）', false, 40)
) as f(ordinal, code, name, direction, effect, legal_basis, reduction_allowed, shift_percent);

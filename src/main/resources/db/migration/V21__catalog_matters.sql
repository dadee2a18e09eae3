-- Enforcement matters of the Haixi transport enforcement catalogue. Exercising units are the brigades
-- (11, 21, …, 71) and, for licensing-related matters, the county bureaus; ids are identity's fixed unit ids.

insert into catalog_matter (code, name, kind, legal_basis, level, exercising_unit_ids, exercising_note) values
 ('M-LZ-01', '对侵占、损坏公路、公路用地及公路附属设施等路政违法行为的行政处罚', 'PENALTY',
  '《中华人民共和国公路法》第七十四条至第八十一条；《公路安全保护条例》第五十六条至第六十二条、第六十九条',
  '州、县（市）两级', '11,21,31,41,51,61,71', '各市县交通运输综合行政执法大队；跨区域案件由州交通运输局指定管辖'),
 ('M-CX-01', '对违法超限运输的行政处罚', 'PENALTY',
  '《公路安全保护条例》第六十四条、第六十五条第三款、第六十六条至第六十八条；《超限运输车辆行驶公路管理规定》（交通运输部令2016年第62号）第四十三条、第四十九条',
  '州、县（市）两级', '11,21,31,41,51,61,71', '含固定超限检测站点和非现场执法发现的案件'),
 ('M-CX-02', '对超限运输车辆采取的行政强制措施（扣留车辆、强制拖离）', 'COMPULSION',
  '《公路安全保护条例》第六十五条第一款、第二款，第六十七条',
  '州、县（市）两级', '11,21,31,41,51,61,71', '扣留车辆须当场出具凭证（《公路安全保护条例》第七十二条）'),
 ('M-DY-01', '对道路运输经营违法行为的行政处罚', 'PENALTY',
  '《中华人民共和国道路运输条例》第六十三条、第六十四条、第六十六条至第六十九条',
  '州、县（市）两级', '11,21,31,41,51,61,71', null),
 ('M-DY-02', '对道路运输站（场）、机动车维修、机动车驾驶员培训违法行为的行政处罚', 'PENALTY',
  '《中华人民共和国道路运输条例》第六十五条、第七十条至第七十三条',
  '县（市）级', '11,21,31,41,51,61,71', null),
 ('M-GC-01', '对公路建设工程质量和公路养护作业违法行为的行政处罚', 'PENALTY',
  '《中华人民共和国公路法》第七十五条；《建设工程质量管理条例》第五十六条、第六十四条至第六十六条；《公路安全保护条例》第七十条',
  '州级', '1,2', '州交通运输局（公路建设市场监管），州交通运输综合行政执法监督局承办'),
 ('M-JC-01', '道路运输监督检查', 'INSPECTION',
  '《中华人民共和国道路运输条例》第五十八条至第六十条',
  '州、县（市）两级', '11,21,31,41,51,61,71', '监督检查应当有2名以上人员参加并出示执法证件'),
 ('M-JC-02', '公路监督检查', 'INSPECTION',
  '《中华人民共和国公路法》第六十九条至第七十一条',
  '州、县（市）两级', '11,21,31,41,51,61,71', null);

-- The catalogue's first entry into zhifa, and the change of 道路运输 matters by the 2023 revision of the 条例.
insert into catalog_matter_change (matter_id, change_date, change_type, reason, document, status_after, recorded_by)
select id, date '2025-01-01', 'ESTABLISHED', '系统初始录入海西州交通运输执法事项清单',
       '《青海省交通运输综合行政执法事项指导目录（2021年版）》', 'IN_FORCE', 'system'
from catalog_matter;

insert into catalog_matter_change (matter_id, change_date, change_type, reason, document, status_after, recorded_by)
select id, date '2023-07-20', 'AMENDED',
       '《中华人民共和国道路运输条例》第五次修订，处罚条款以修订后文本为准',
       '《国务院关于修改和废止部分行政法规的决定》（2023年7月20日）', 'IN_FORCE', 'system'
from catalog_matter where code in ('M-DY-01', 'M-DY-02');

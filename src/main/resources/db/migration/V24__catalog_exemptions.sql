-- Exemption list items (免罚清单). Conditions quoted from the national 《交通运输领域轻微违法行为依法免予处罚高频事项
-- 清单》 items 1 and 2 as published on a public page (the official text of the rest of the list was not
-- found, so only these two are seeded); the commitment letter (告知承诺书) is the Qinghai practice of 方案 22.

insert into catalog_exemption_item (code, violation_id, title, list_name, basis, outcome)
select 'MF-01', id, '对车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染的处罚',
       '《交通运输领域轻微违法行为依法免予处罚高频事项清单》第1项',
       '《公路安全保护条例》第六十九条；《行政处罚法》第三十三条第一款', 'MAY_WAIVE'
from catalog_violation where code = 'GLAQ-69';

insert into catalog_exemption_item (code, violation_id, title, list_name, basis, outcome)
select 'MF-02', id, '对铁轮车、履带车和其他可能损害路面的机具擅自在公路上行驶的处罚',
       '《交通运输领域轻微违法行为依法免予处罚高频事项清单》第2项',
       '《中华人民共和国公路法》第七十六条第（四）项；《行政处罚法》第三十三条第一款', 'MAY_WAIVE'
from catalog_violation where code = 'GLF-76-4';

insert into catalog_exemption_condition (item_id, ordinal, condition_key, text)
select i.id, c.ordinal, c.condition_key, c.text
from catalog_exemption_item i join (values
 ('MF-01', 1, 'FIRST_OFFENCE', '首次实施违法行为'),
 ('MF-01', 2, 'NO_OBSTRUCTION', '违法行为调查过程中，不存在拒不接受执法部门调查处理、阻碍执法、煽动抗拒执法等妨碍执行公务的行为'),
 ('MF-01', 3, 'LOAD_SECURED', '按执法部门要求进行规范装载，并采取必要措施防止触地拖行、掉落、遗洒或者飘散'),
 ('MF-01', 4, 'MINOR_DAMAGE', '损坏程度轻微或污染面积较小，未因此引发交通事故、造成交通拥堵等危害后果'),
 ('MF-01', 5, 'REPAIRED_IN_TIME', '在执法部门规定的期限内及时清除污染或修复损害；不能自行清除或修复损害，执法部门代为恢复原状的，依法承担相关费用'),
 ('MF-01', 6, 'COMMITMENT_SIGNED', '当事人签署告知承诺书（告知承诺制，方案 22）'),
 ('MF-02', 1, 'FIRST_OFFENCE', '首次实施违法行为'),
 ('MF-02', 2, 'NO_OBSTRUCTION', '违法行为调查过程中，不存在拒不接受执法部门调查处理、阻碍执法、煽动抗拒执法等妨碍执行公务的行为'),
 ('MF-02', 3, 'STOPPED_OR_LEFT', '按执法部门要求立即停驶或驶离公路'),
 ('MF-02', 4, 'NO_DAMAGE', '未造成公路路产损害，未引发交通事故和交通拥堵等危害后果'),
 ('MF-02', 5, 'COMMITMENT_SIGNED', '当事人签署告知承诺书（告知承诺制，方案 22）')
) as c(item_code, ordinal, condition_key, text) on c.item_code = i.code;

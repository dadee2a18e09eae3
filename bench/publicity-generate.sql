-- Inserts :n fictitious published decisions for the public search benchmark (bench/publicity-bench.sh).
-- Parties are masked as the system would publish them; case ids are far below zero so that they never meet a
-- real case, and a rerun adds nothing once they exist. Run with: psql -v n=1000000 -f publicity-generate.sql
\set ON_ERROR_STOP on
begin;
select pg_advisory_xact_lock(8103491322287188340);  -- PublicationStore.WRITE_LOCK: search_seq order = commit order

create function pg_temp.h(salt text, g bigint) returns bigint language sql immutable
    as $$ select abs(hashtext(salt || g)::bigint) $$;

create temporary table bench_words on commit drop as
select array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭','何','林','罗','高',
             '才','多','索','更','拉','扎','尼','欧阳','马','韩'] as surnames,
       array['德令哈','格尔木','茫崖','乌兰','都兰','天峻','大柴旦','西宁','海东','共和','柴达木','昆仑','青海湖','察尔汗',
             '锡铁山','诺木洪','希里沟','香日德','宗务隆','巴音'] as places,
       array['昌隆','顺达','宏运','鑫源','通达','安泰','盛世','金峰','远航','恒通','天路','瑞丰','永盛','诚信','华通',
             '吉祥','利民','腾飞','长城','高原'] as words,
       array['物流有限公司','运输有限公司','商贸有限公司','建材有限公司','矿业有限公司'] as kinds,
       array['违法超限运输','未取得道路运输经营许可擅自从事道路货物运输经营','未随车携带道路运输证',
             '擅自占用、挖掘公路','车辆装载物触地拖行','不按规定维护和检测运输车辆','超越许可事项从事道路运输经营',
             '货运车辆未按规定安装卫星定位装置','客运车辆不按批准的线路行驶','擅自在公路用地范围内设置广告'] as categories,
       array['G315线','G109线','G3011线','S303线','G215线','S20线'] as roads,
       array[11,21,31,41,51,61,71,10,20,30] as units,
       array['德令哈市交通运输综合行政执法大队','格尔木市交通运输综合行政执法大队','茫崖市交通运输综合行政执法大队',
             '乌兰县交通运输综合行政执法大队','都兰县交通运输综合行政执法大队','天峻县交通运输综合行政执法大队',
             '大柴旦行委交通运输综合行政执法大队','德令哈市交通运输局','格尔木市交通运输局','茫崖市交通运输局'] as unit_names,
       array['德交执罚','格交执罚','茫交执罚','乌交执罚','都交执罚','天交执罚','柴交执罚','德交罚','格交罚','茫交罚'] as prefixes;

create temporary table bench_rows on commit drop as
-- independent pseudo-random picks per column (hashes, not multiples of g, which would correlate the columns)
select g,
       (pg_temp.h('n', g) % 5 <> 0)                          as natural,
       1 + (pg_temp.h('u', g) % 10)::int                     as u,
       date '2021-01-01' + (pg_temp.h('d', g) % 1750)::int   as day,
       1 + (pg_temp.h('c', g) % 10)::int                     as c,
       1 + (pg_temp.h('s', g) % 30)::int                     as s,
       1 + (pg_temp.h('p', g) % 20)::int                     as pl,
       1 + (pg_temp.h('w', g) % 20)::int                     as w,
       1 + (pg_temp.h('k', g) % 5)::int                      as k,
       1 + (pg_temp.h('r', g) % 6)::int                      as r,
       100 + (pg_temp.h('f', g) % 900)::int                  as fine
from generate_series(1::bigint, :n::bigint) g
where not exists (select 1 from publication where case_id <= -1000000000);

insert into publication (case_id, unit_id, natural_person, penalty_decision, decision_date, state, publish_basis,
                         publish_due, published_at, released_by, retention_until)
select -1000000000 - b.g, w.units[b.u], b.natural, true, b.day, 'PUBLISHED', '基准测试数据', b.day + 9,
       (b.day + 5)::timestamptz, 'bench', date '2099-12-31'
from bench_rows b, bench_words w;

insert into publication_version (publication_id, version_no, action, document_number, unit_name, party, party_kind,
                                 category, outcome, conclusion, facts, decision_date, actor)
select p.id, 1, 'PUBLISHED',
       w.prefixes[b.u] || '〔' || extract(year from b.day) || '〕' || b.g || '号',
       w.unit_names[b.u],
       case when b.natural then w.surnames[b.s] || case when b.g % 3 = 0 then '某' else '某某' end
            else w.places[b.pl] || w.words[b.w] || w.kinds[b.k] end,
       case when b.natural then '公民' else '法人或其他组织' end,
       w.categories[b.c],
       '给予行政处罚',
       '罚款人民币 ' || (b.fine * 10) || ' 元',
       '当事人' || case when b.natural then w.surnames[b.s] || '某某' else w.places[b.pl] || w.words[b.w] || w.kinds[b.k] end
           || '所属车辆青H·***' || lpad((b.g % 100)::text, 2, '0') || '于' || to_char(b.day - 7, 'YYYY年MM月DD日') || '在'
           || w.roads[b.r] || (b.g % 700) || '公里处' || w.categories[b.c] || '，违反交通运输管理规定，经调查属实。',
       b.day, 'bench'
from bench_rows b
join publication p on p.case_id = -1000000000 - b.g
cross join bench_words w;

update publication p set public_version_id = v.id, search_seq = nextval('publication_search_seq')
from publication_version v
where v.publication_id = p.id and p.case_id <= -1000000000 and p.public_version_id is null;

commit;
analyze publication;
analyze publication_version;
select count(*) as bench_decisions from publication where case_id <= -1000000000;

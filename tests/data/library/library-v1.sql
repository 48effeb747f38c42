-- A library as written by ReportLens with schema version 1 (text inline in reports, no corrections,
-- no search index). Our own sample sentences. Loaded by tst_reportlibrary to test the migration.
CREATE TABLE reports ( id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, file TEXT NOT NULL, format TEXT NOT NULL, title TEXT, agency TEXT, province TEXT, city TEXT, district TEXT, level TEXT, year INTEGER, published TEXT, imported_at TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE sections ( report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, depth INTEGER NOT NULL, level INTEGER NOT NULL, marker TEXT NOT NULL, title TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, PRIMARY KEY (report_id, ordinal)) WITHOUT ROWID;
CREATE TABLE observations ( id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, indicator_id TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, approx INTEGER NOT NULL DEFAULT 0, derived INTEGER NOT NULL DEFAULT 0, is_part INTEGER NOT NULL DEFAULT 0, section TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '', text_offset INTEGER NOT NULL DEFAULT -1, text_length INTEGER NOT NULL DEFAULT 0);
CREATE INDEX observations_by_report ON observations(report_id);
CREATE INDEX observations_by_indicator ON observations(indicator_id);
INSERT INTO reports VALUES (1, '0000000000000000000000000000000000000000000000000000000000001eef', '/home/staff/reports/江海市2019.txt', 'txt', '江海市人力资源和社会保障局2019年法治政府建设年度报告', '江海市人力资源和社会保障局', '广东省', '江海市', NULL, 'city', 2019, NULL, '2021-03-01T08:00:00.000Z', '江海市人力资源和社会保障局2019年法治政府建设年度报告

一、依法化解劳动人事争议

(一)加强调解仲裁。全年受理劳动人事争议案件1234件,办结1200件。

二、自觉接受监督

全年共办理行政复议案件56宗。
');
INSERT INTO sections VALUES (1, 0, 0, 1, '一、', '依法化解劳动人事争议', 30, 82);
INSERT INTO sections VALUES (1, 1, 1, 2, '(一)', '加强调解仲裁', 44, 82);
INSERT INTO sections VALUES (1, 2, 0, 1, '二、', '自觉接受监督', 82, 108);
INSERT INTO observations VALUES (1, 1, 'dispute_cases', 1234, '件', 0, 0, 0, '一、依法化解劳动人事争议' || char(31) || '(一)加强调解仲裁', '受理劳动人事争议案件1234件', 56, 15);
INSERT INTO observations VALUES (2, 1, 'reconsideration_cases', 56, '件', 0, 0, 0, '二、自觉接受监督', '共办理行政复议案件56宗', 94, 12);
INSERT INTO reports VALUES (2, '0000000000000000000000000000000000000000000000000000000000003dde', '/home/staff/reports/青川市2020.txt', 'txt', '青川市人力资源和社会保障局2020年法治政府建设年度报告', '青川市人力资源和社会保障局', '广东省', '青川市', NULL, 'city', 2020, NULL, '2021-03-01T08:00:00.000Z', '青川市人力资源和社会保障局2020年法治政府建设年度报告

一、依法化解劳动人事争议

(一)加强调解仲裁。全年受理劳动人事争议案件2345件,办结2311件。

二、自觉接受监督

全年共办理行政复议案件78宗。
');
INSERT INTO sections VALUES (2, 0, 0, 1, '一、', '依法化解劳动人事争议', 30, 82);
INSERT INTO sections VALUES (2, 1, 1, 2, '(一)', '加强调解仲裁', 44, 82);
INSERT INTO sections VALUES (2, 2, 0, 1, '二、', '自觉接受监督', 82, 108);
INSERT INTO observations VALUES (3, 2, 'dispute_cases', 2345, '件', 0, 0, 0, '一、依法化解劳动人事争议' || char(31) || '(一)加强调解仲裁', '受理劳动人事争议案件2345件', 56, 15);
INSERT INTO observations VALUES (4, 2, 'reconsideration_cases', 78, '件', 0, 0, 0, '二、自觉接受监督', '共办理行政复议案件78宗', 94, 12);
PRAGMA user_version = 1;

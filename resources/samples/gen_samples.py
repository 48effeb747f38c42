# Writes the 示例 sample reports (made-up agencies and figures, nothing from real reports) beside this script.
# Deterministic: run it again after changing the template and commit the .txt files it writes.
import random, os
out = os.path.dirname(os.path.abspath(__file__))
agencies = [
    # file key, agency, level word, scale, place phrase
    ('province', '示例省人力资源和社会保障厅', '省', 6.0, '全省'),
    ('city', '示例市人力资源和社会保障局', '市', 2.2, '全市'),
    ('district', '示例市青禾区人力资源和社会保障局', '区', 0.7, '全区'),
    ('county', '示例县人力资源和社会保障局', '县', 0.35, '全县'),
]
years = [2021, 2022, 2023]
for key, agency, lv, scale, whole in agencies:
    rnd = random.Random(key)
    for i, y in enumerate(years):
        growth = 1 + 0.08 * i + rnd.uniform(-0.05, 0.05)
        disputes = int(1800 * scale * growth)
        closed = int(disputes * rnd.uniform(0.9, 0.97))
        med_rate = round(rnd.uniform(62, 81), 1)
        arb_rate = round(rnd.uniform(92, 99), 1)
        wage_cases = int(420 * scale * (1.1 - 0.07 * i))
        workers = int(wage_cases * rnd.uniform(5, 9))
        wages = round(workers * rnd.uniform(0.35, 0.6), 1); wages = int(wages) if wages == int(wages) else wages
        inspections = int(900 * scale * growth)
        recon = int(40 * scale * rnd.uniform(0.8, 1.2))
        recon_fix = rnd.choice([0, 0, 1, 2]) if recon > 5 else 0
        lit = int(25 * scale * rnd.uniform(0.7, 1.3))
        lost = rnd.choice([0, 0, 1])
        docs = rnd.randint(2, 9)
        penalties = int(120 * scale * rnd.uniform(0.8, 1.2))
        licences = int(2600 * scale * growth)
        sessions = int(30 * scale * growth) + 3
        people = int(sessions * rnd.uniform(60, 140))
        pub = f'{y+1}年1月{rnd.randint(12, 28)}日'
        title = f'{agency}{y}年法治政府建设年度报告(示例)'
        recon_txt = f'纠错{recon_fix}件' if recon_fix else '无纠错案件'
        lost_txt = f'败诉{lost}件' if lost else '无败诉案件'
        text = f'''{title}

发布时间:{y+1}-01-{rnd.randint(10, 28):02d}

(本报告为ReportLens示例文件:单位名称和全部数字均为虚构,仅用于演示,不代表任何真实单位。)

{y}年,{agency}(示例)坚持以法治思维和法治方式推进人力资源和社会保障工作,认真落实法治政府建设各项任务,{whole}人社系统依法行政水平持续提升。现将{y}年度法治政府建设情况报告如下:

一、{y}年度推进法治政府建设的主要举措和成效

(一)加强组织领导,压实法治建设责任
局党组把法治政府建设摆在全局工作突出位置,主要负责人切实履行推进法治建设第一责任人职责,全年召开党组会议专题研究法治工作{rnd.randint(3, 8)}次,将法治建设纳入年度绩效考核。

(二)完善制度体系,规范重大行政决策
严格落实规范性文件合法性审核机制,全年制定规范性文件{docs}件,均按规定报送备案。深化"放管服"改革,全年办结行政许可{licences}件,公示行政处罚案件{penalties}宗,行政执法信息全部按时公开。

(三)依法化解劳动人事争议,维护劳动关系和谐稳定
全年受理劳动人事争议案件{disputes}件,办结{closed}件,调解成功率{med_rate}%,仲裁结案率{arb_rate}%。推进"互联网+调解仲裁",开通网上立案渠道,实现争议处理"少跑腿"。

(四)根治欠薪,保障劳动者合法权益
主动监察用人单位{inspections}户,核处欠薪案件{wage_cases}件,为{workers}名劳动者追回工资{wages}万元。建立欠薪线索"日清月结"机制,对拒不支付劳动报酬的违法行为依法移送司法机关。

(五)自觉接受监督,依法应诉复议
全年收到行政复议案件{recon}件,{recon_txt};发生行政诉讼案件{lit}件,{lost_txt}。行政机关负责人出庭应诉率达100%。办理政府信息公开申请{rnd.randint(8, 60)}件,均在法定期限内答复。

(六)深入开展普法宣传
落实"谁执法谁普法"责任制,开展普法培训{sessions}场次,共培训{people}人次,利用"两微一端"发布以案释法案例。

二、存在的不足

一是基层执法力量与工作任务仍不完全匹配;二是部分行政执法人员运用法治思维解决问题的能力有待提高;三是信息化手段在执法监督中的运用还不够充分。

三、{y+1}年度推进法治政府建设的工作安排

(一)持续完善依法决策机制
严格执行重大行政决策程序,提高规范性文件质量。

(二)提升执法规范化水平
全面推行行政执法"三项制度",加强执法人员培训。

(三)深化矛盾纠纷多元化解
加强基层调解组织建设,提高劳动人事争议处理效能。

{agency}(示例)
{pub}
'''
        name = f'{out}/sample_{key}_{y}.txt'
        with open(name, 'w', encoding='utf-8') as f:
            f.write(text)


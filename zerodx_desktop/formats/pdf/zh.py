# ruff: noqa: E501 -- a catalogue: one entry per line reads best
"""Simplified Chinese for the report's body (method, how sure, nominee pages, reliability,
panel composition, verification appendix): English text -> translation, merged into
``i18n.ZH``. Terms as in ``i18n``: judge 评委, nominee 候选者, criterion 评估标准."""

REPORT_ZH: dict[str, str] = {
    # the report body: method and weights
    "Official method: {name}": "正式方法：{name}",
    "Each judge scored every criterion on the framework's maturity scale. A judge's total for a nominee is the weighted mean of the levels, rescaled to 0-100; domain scores are computed the same way within each domain. A judge with a declared or known conflict of interest contributes nothing for that nominee, and a missing score is missing, never zero. Ties are shown as ties (marked \"=\") and never broken silently.":
        "每位评委按评估框架的成熟度量表为每项评估标准评分。评委给候选者的总分是各等级的加权平均，"
        "换算到 0–100；各维度得分在维度内以相同方式计算。已申报或已知存在利益冲突的评委对该候选者不计分；"
        "缺失的评分按缺失处理，绝不记为零。并列按并列显示（标记为“=”），绝不悄然打破。",
    "Disagreement is flagged for discussion when the judges' levels on a criterion are two or more levels apart, or when a nominee's spread of totals is in the panel's top tenth.":
        "当评委对某项评估标准给出的等级相差两级或以上，或某位候选者的总分分布跨度位于评审组前十分之一时，"
        "该分歧会被标出以供讨论。",
    "Domains and weights": "维度与权重",
    "Dimensions": "子维度",
    "Criteria": "评估标准",
    "Weight": "权重",
    "Domain id": "维度编号",
    "Scale: {levels}.": "量表：{levels}。",
    "Framework: {title} (id {id}, version {version}).": "评估框架：{title}（编号 {id}，版本 {version}）。",
    "Weights are those of the framework {framework} {version} named in the panel package.":
        "权重取自评审包所指定的评估框架 {framework} {version}。",
    "The result names no domains.": "该结果未列出任何维度。",
    "Mean": "平均值",
    "Each nominee's score is the average of the totals given by the judges who scored it.":
        "每位候选者的得分是为其评分的评委所给总分的平均值。",
    "Median": "中位数",
    "Each nominee's score is the middle value of the judges' totals, so a single very high or very low total cannot move it much.":
        "每位候选者的得分是评委总分的中间值，因此单个极高或极低的总分对其影响不大。",
    "Trimmed mean": "截尾平均",
    "A fifth of the judges' totals is set aside at each end (the total at the cut counts in part) and the rest averaged, so one extreme total cannot move the score much, whatever the number of judges.":
        "评委总分的两端各剔除五分之一（位于截断处的总分部分计入），其余取平均，"
        "因此无论评委人数多少，单个极端总分对得分的影响都不大。",
    "Standardised (z-score)": "标准化（z 分数）",
    "Each judge's totals are first standardised, so that a strict judge and a generous judge weigh the same; the standardised scores are averaged and mapped back to the panel's 0-100 scale.":
        "先将每位评委的总分标准化，使严格与宽松的评委权重相同；再对标准化分数取平均，并换算回评审组的 0–100 量表。",
    "Schulze ranking": "舒尔茨排名",
    "Each judge's totals give a ranking of the nominees; the Schulze method combines these rankings by comparing every pair of nominees, and the score shown is a helper value for ordering.":
        "每位评委的总分给出一个候选者排名；舒尔茨方法通过比较每一对候选者来合并这些排名，所示得分是用于排序的辅助值。",
    "Adjusted for judge severity": "按评委宽严程度调整",
    "A model fitted to all the scores separates each nominee's standing from each judge's strictness or generosity; the score is what a judge of average strictness would give, so a nominee does not gain from having avoided a strict judge.":
        "用全部评分拟合的模型把每位候选者的水平与每位评委的严格或宽松区分开；得分是一位宽严适中的评委会给出的分数，"
        "因此候选者不会因避开严格的评委而得益。",
    # award categories
    "Each award category is ranked on its own: the nominees of the category in the order of the official ranking, ranked again within it. \"=\" marks a tie.":
        "每个奖项类别单独排名：该类别的候选者按正式排名的顺序在类别内重新排名。“=”表示并列。",
    " and ": "和",
    "Winner: {names}": "获奖者：{names}",
    "Winner: {names} (tied)": "获奖者：{names}（并列）",
    # method comparison
    "The same sheets ranked by each method the panel can use. The official method decides the result; the others show how much the ranking depends on that choice.":
        "同一批评分表按评审组可用的每种方法排名。正式方法决定结果；其他方法显示排名在多大程度上取决于这一选择。",
    "{method} (official)": "{method}（正式）",
    "Cells show rank · score out of 100; a shaded cell is a nominee whose rank differs from its official rank.":
        "单元格显示名次 · 得分（满分 100）；底色标出的单元格表示该候选者的名次与其正式名次不同。",
    " Schulze ranking gives no score out of 100: its cells show the rank and how many of the other nominees Schulze's order places below the nominee when every pair of nominees is compared through the judges' rankings.":
        "舒尔茨排名不给出满分 100 的得分：其单元格显示名次，以及通过评委的排名两两比较所有候选者后，舒尔茨顺序排在该候选者之后的其他候选者人数。",
    "{rank} · above {n}": "{rank} · 领先 {n} 位",
    "Sensitivity": "敏感性",
    # how sure the ranking is
    "How sure is the ranking": "排名的确定程度",
    "How sure is the ranking? The judges were resampled {n} times (a bootstrap with a fixed seed: the same sheets always give the same figures) and the nominees ranked again by the official method each time. \"First\" is the share of resamples in which the nominee ranked first (nominees tied for first share it); \"Ranks (90%)\" is the range of places it took in 90% of them. Nominees whose ranges overlap are places the panel cannot tell apart.":
        "排名有多确定？对评委进行了 {n} 次重抽样（固定种子的自助法：相同的评分表总是得出相同的数字），"
        "每次都按正式方法重新为候选者排名。“第一”是候选者位列第一的重抽样所占比例（并列第一者共享）；"
        "“名次（90%）”是其在 90% 的重抽样中所处名次的范围。名次范围重叠的候选者，评审组无法区分其先后。",
    "How sure the ranking is could not be estimated: {why}.": "无法估计排名的确定程度：{why}。",
    "not enough judges": "评委人数不足",
    "What the panel can and cannot tell apart": "评审组能区分与不能区分的名次",
    "First": "第一",
    "Ranks (90%)": "名次（90%）",
    "Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank)":
        "名次范围，每位候选者一行，顺序同上表（横条：90% 的重抽样；圆点：正式名次）",
    "Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank), the first {n} nominees":
        "名次范围，每位候选者一行，顺序同上表（横条：90% 的重抽样；圆点：正式名次），前 {n} 位候选者",
    "Not every judge scored every nominee": "并非每位评委都为每位候选者评分",
    "Recusals or assignments left some judge-nominee pairs empty. A plain average then favours a nominee that happened to avoid the strictest judges. The ranking adjusted for each judge's severity is shown beside the official one.":
        "回避或分配使部分评委与候选者的组合没有评分。此时简单平均会有利于恰好避开最严格评委的候选者。"
        "按每位评委宽严程度调整后的排名与正式排名并列显示。",
    "Official rank": "正式名次",
    "Adjusted rank": "调整后名次",
    # the nominee pages
    "Score {score} / 100": "得分 {score} / 100",
    "rank {rank} of {n}": "第 {rank} 名，共 {n} 位",
    "{n} judge": "{n} 位评委",
    "{n} judges": "{n} 位评委",
    "SD {sd}": "标准差 {sd}",
    "totals {low}–{high}": "总分 {low}–{high}",
    "Nominee id: {id}": "候选者编号：{id}",
    "Panel avg": "评审组平均",
    "Chart: solid, this nominee; dashed red, the average of all nominees; letters, the domains in the table.":
        "图：实线为该候选者；红色虚线为全体候选者的平均；字母对应表中的维度。",
    "Bars: this nominee. Red marks: average of all nominees.": "条形：该候选者。红色标记：全体候选者的平均。",
    "Criterion": "评估标准",
    "Min": "最低",
    "Max": "最高",
    "Highlighted rows: the judges' levels are two or more levels apart — worth discussing.":
        "高亮行：评委给出的等级相差两级或以上——值得讨论。",
    "Disagreements to discuss": "待讨论的分歧",
    ", SD {sd}": "，标准差 {sd}",
    "ranged {low}–{high} points (range {range})": "分布在 {low}–{high} 分（跨度 {range}）",
    "span {range} points": "跨度 {range} 分",
    "<b>Overall total</b>: the judges' totals {spread}{sd}.": "<b>总分</b>：评委的总分{spread}{sd}。",
    "Levels ranged {low}–{high} (range {range}){sd}.": "等级分布在 {low}–{high}（跨度 {range}）{sd}。",
    "Levels range {range}{sd} ({reason}).": "等级跨度 {range}{sd}（{reason}）。",
    "Levels range {range}{sd}.": "等级跨度 {range}{sd}。",
    "<b>Criterion {id}</b>": "<b>评估标准 {id}</b>",
    "Judges' comments (anonymised)": "评委评语（匿名）",
    # reliability
    "How consistently the judges scored. Values near 1 mean the judges broadly agree; values near 0 mean the ranking owes much to which judge looked at which nominee.":
        "评委评分的一致程度。接近 1 表示评委大体一致；接近 0 表示排名在很大程度上取决于哪位评委评了哪位候选者。",
    "Statistic": "统计量",
    "Value": "数值",
    "What it measures": "衡量的内容",
    "{what}. Not computed: {why}.": "{what}。未计算：{why}。",
    "Krippendorff's alpha (interval)": "克里彭多夫 alpha（区间）",
    "agreement on the nominees' totals, allowing missing scores; ≥ {reliable} is reliable, ≥ {tentative} acceptable for tentative conclusions":
        "对候选者总分的一致性，允许缺失评分；≥ {reliable} 为可靠，≥ {tentative} 可用于初步结论",
    "absolute agreement of single judges (judges as a random sample), on every score given":
        "单个评委的绝对一致性（评委视为随机样本），基于全部评分",
    "absolute agreement of single judges (judges as a random sample), over nominees every judge scored":
        "单个评委的绝对一致性（评委视为随机样本），基于每位评委都评过的候选者",
    "consistency of single judges (same judges, strictness differences ignored)":
        "单个评委的一致性（同一组评委，忽略宽严差异）",
    "reliability of the panel's average, which is what the ranking rests on": "评审组平均分的信度，即排名的依据",
    "Kendall's W": "肯德尔 W",
    "agreement on the order of the nominees (0 none, 1 identical rankings)": "对候选者排序的一致性（0 为毫无一致，1 为排名完全相同）",
    "ICC and W use every score given: {nominees} nominees, {judges} judges.": "ICC 与 W 使用全部评分：{nominees} 位候选者，{judges} 位评委。",
    "Reading": "解读",
    "Judges' severity and agreement": "评委的宽严程度与一致性",
    "Severity is the judge's mean offset from the panel in points (negative: stricter than the panel; positive: more generous). Agreement is the correlation of the judge's totals with the rest of the panel's.":
        "宽严程度是评委相对评审组的平均偏差（以分计；负值：比评审组严格；正值：更宽松）。一致性是该评委总分与评审组其他成员总分的相关系数。",
    "Judge": "评委",
    "Status": "状态",
    "Severity": "宽严程度",
    "Agreement": "一致性",
    "Agreement per criterion (Krippendorff's alpha)": "各评估标准的一致性（克里彭多夫 alpha）",
    "Alpha": "Alpha",
    # panel composition
    "{n} score sheet received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.":
        "共收到 {n} 份评分表；{valid} 份有效并已计入。未通过核验的评分表与原因一并列出，不计入结果。",
    "{n} score sheets received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.":
        "共收到 {n} 份评分表；{valid} 份有效并已计入。未通过核验的评分表与原因一并列出，不计入结果。",
    "Seq.": "序号",
    "Notes": "备注",
    "Known conflicts of interest": "已知的利益冲突",
    "some criteria not scored (missing, not zero)": "部分评估标准未评分（按缺失处理，而非零分）",
    "scores for a conflicted nominee left out": "对存在利益冲突的候选者的评分未计入",
    "formatting shows values other than the signed ones (those count)": "格式使显示的数值与签名数值不同（以签名数值为准）",
    "another sheet of this judge with the same sequence and other values": "该评委另有一份序号相同但数值不同的评分表",
    "roster not checked": "未核对名单",
    # the verification appendix
    "Anyone holding ZeroDX Desktop can check this report against the files it was made from: each judge's sheet must have the SHA-256 below and verify against the fingerprint of the judge's key (run \"zerodx verify SHEET.xlsx\" for each); the result workbook's signed values must hash to the result hash below, so a report printed from it again with \"zerodx report\" shows the same verification code, even after the workbook was re-saved by a spreadsheet program.":
        "任何拥有 ZeroDX Desktop 的人都可以根据生成本报告的文件核对本报告：每位评委的评分表必须具有下列 SHA-256，"
        "并能通过该评委密钥指纹的核验（对每份评分表运行“zerodx verify SHEET.xlsx”）；结果工作簿的签名数值的哈希必须等于下列结果哈希，"
        "因此用“zerodx report”再次打印的报告会显示相同的核验码，即使工作簿曾被电子表格程序重新保存。",
    "Result hash (SHA-256 of the signed values)": "结果哈希（签名数值的 SHA-256）",
    "not recorded (unsigned result)": "未记录（未签名的结果）",
    "{panel} · round {round}": "{panel} · 第 {round} 轮",
    "Framework hash": "评估框架哈希",
    "unsigned": "未签名",
    "Chair key fingerprint": "主席密钥指纹",
    "Generated": "生成时间",
    "Judges' sheets": "评委的评分表",
    "Only sheets with the status \"valid\" count towards the result ({valid} of {total}); the others are listed so that every file received is accounted for, and contribute nothing.":
        "只有状态为“有效”的评分表计入结果（{valid} / {total}）；其余评分表也一并列出，以便每个收到的文件都有交代，但不计入结果。",
    "Judge / file": "评委 / 文件",
    "Key fingerprint and sheet SHA-256": "密钥指纹与评分表 SHA-256",
    "counted": "已计入",
    "not counted": "未计入",
    "Input files": "输入文件",
    "File": "文件",
    "The verification code is \"ZDX-\" followed by the first eight hexadecimal digits of the result hash, in two groups of four.":
        "核验码为“ZDX-”加上结果哈希的前八位十六进制数字，分为两组，每组四位。",
}

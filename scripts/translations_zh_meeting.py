"""Simplified Chinese for the panel meeting (the Meeting tab, feedback letters, certificate
templates, the report language); ``update_translations.py`` adds these to
``translations_zh.ZH`` (whose own entries win)."""

ZH_MEETING = {
    # the panel meeting
    "Meeting": "评审会议",
    "Discussion list (largest disagreement first):": "讨论列表（分歧最大者在前）：",
    "Chair's notes on this nominee:": "主席对该候选者的备注：",
    "Decide the award:": "决定奖项：",
    "Rationale (required for a tie at the top or another nominee)":
        "理由（首位并列或选择其他候选者时必填）",
    "Record decision": "记录决定",
    "Record the panel's decision for this category; it is signed into the result workbook":
        "记录评审小组对此类别的决定；该决定将签名写入结果工作簿",
    "{nominee} — spread {spread}": "{nominee} — 分差 {spread}",
    "Merge the sheets to start the meeting.": "请先合并评分表再开始会议。",
    "{nominee} — rank {rank}, score {score}, judges' totals {low}–{high}":
        "{nominee} — 第 {rank} 名，得分 {score}，评委总分 {low}–{high}",
    "Overall": "总体",
    "(tie at the top: choose a nominee)": "（首位并列：请选择一位候选者）",
    "Not recorded: {message}": "未记录：{message}",
    "no nominee has a score": "没有候选者获得分数",
    "a tie at the top ({names}): no decision yet": "首位并列（{names}）：尚未决定",
    "{nominee} (the ranking's first place; not decided yet)":
        "{nominee}（排名第一；尚未决定）",
    "{nominee}, decided": "{nominee}，已决定",
    "Comments (anonymised; untick to leave one out of the feedback letter):":
        "评语（匿名；取消勾选即可将其排除在反馈信之外）：",
    "Rank band": "名次区间",
    "Tell each nominee its band (top quarter, upper half, ...) in the feedback letter":
        "在反馈信中告知每位候选者其所处区间（前四分之一、上半部分……）",
    "Feedback letters…": "反馈信…",
    "Write one feedback letter (PDF) per nominee into a folder: its own scores against the "
    "field and the judges' comments, anonymised":
        "为每位候选者在文件夹中生成一封反馈信（PDF）：其本人得分与全体分布的对比，以及匿名的评委评语",
    "Choose a folder for the feedback letters": "选择存放反馈信的文件夹",
    "{n} feedback letter(s) saved in {folder}": "已在 {folder} 中保存 {n} 封反馈信",
    "Writing the feedback letters…": "正在生成反馈信…",
    "Printed in:": "打印语言：",
    "The language of the PDF report, the certificates and the feedback letters":
        "PDF 报告、证书和反馈信的语言",
    "Certificate template…": "证书模板…",
    "The certificates' layout and wording (title, award line, signature lines, logo): a "
    "certificate template file (.json)":
        "证书的版式与措辞（标题、授奖语、签名栏、标志）：一个证书模板文件（.json）",
    "Choose a certificate template": "选择证书模板",
    "Certificate template": "证书模板",
    "Not used: {message}": "未采用：{message}",
    "Spread per criterion": "各评估标准的分布",
    "Category": "类别",
    "Nominee the award goes to": "获奖的候选者",
    "Rationale": "理由",
}

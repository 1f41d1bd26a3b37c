"""Simplified Chinese for the panel meeting (the Meeting tab) and for the recovery texts the
catalogue did not have yet; ``update_translations.py`` adds these to ``translations_zh.ZH``."""

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
    # recovery and the edit history (texts that reached the UI before the catalogue)
    "Include my &edit history": "包含我的修改历史(&E)",
    "Include my edit history": "包含我的修改历史",
    "Unticked, the sheet shows only how many changes you made and when (with the audit "
    "chain's hash), not your earlier scores and comments. Tick it to send the whole history "
    "to the chair.":
        "不勾选时，评分表只显示您修改的次数和时间（附审计链哈希），不含您以前的评分和评语。"
        "勾选后将把完整历史发送给主席。",
    "Edit history problem": "修改历史问题",
    "I know my edit history was changed outside the app; export anyway (the chair sees the "
    "warning audit_broken)":
        "我知道我的修改历史在应用之外被更改；仍然导出（主席会看到警告 audit_broken）",
    "Your edit history (audit chain) was changed outside the app:":
        "您的修改历史（审计链）在应用之外被更改：",
    "Restore a backup from before the change (File ▸ Restore from backup…), or export anyway.":
        "请恢复更改之前的备份（文件 ▸ 从备份恢复…），或仍然导出。",
    "&Restore from backup…": "从备份恢复(&R)…",
    "Put an earlier copy of your scores back (the current one is kept)":
        "恢复评分的较早副本（保留当前副本）",
    "Read-only: changes cannot be saved here": "只读：此处无法保存更改",
    "The data folder {home} was moved or deleted while the app was open: nothing more can be "
    "saved.\n\nPut the folder back, or quit and start the app again (it offers to restore the "
    "newest backup).":
        "应用运行期间数据文件夹 {home} 被移动或删除：无法再保存任何内容。\n\n"
        "请把文件夹放回原处，或退出后重新启动应用（应用会提示恢复最新的备份）。",
    "Checking your edit history": "正在检查您的修改历史",
    "{app_name}: edit history changed": "{app_name}：修改历史已被更改",
    "Your scores or their edit history (audit chain) were changed outside the app:\n"
    "{rows}{more}\n\nRestore a backup from before the change (File ▸ Restore from backup…). "
    "Exporting needs you to acknowledge this, and the chair will see it.":
        "您的评分或其修改历史（审计链）在应用之外被更改：\n{rows}{more}\n\n"
        "请恢复更改之前的备份（文件 ▸ 从备份恢复…）。导出前需要您确认此情况，主席也会看到。",
    "{app_name}: not restored": "{app_name}：未恢复",
    "Restored {name} ({what})": "已恢复 {name}（{what}）",
    "Restore from backup": "从备份恢复",
    "Copies of your store, newest first. Restoring puts the chosen copy back; the current "
    "store is kept beside it (store-replaced-….sqlite), so nothing is thrown away.":
        "您的数据存储副本，最新的在前。恢复会放回所选副本；当前存储保留在旁边"
        "（store-replaced-….sqlite），因此不会丢失任何内容。",
    "Backup": "备份",
    "Date (UTC)": "日期（UTC）",
    "Panels and scores": "评审组与评分",
    "State": "状态",
    "Backups": "备份",
    "&Restore": "恢复(&R)",
    "good": "完好",
    "cannot be restored: {why}": "无法恢复：{why}",
    "There are no backups in {folder} yet.": "{folder} 中还没有备份。",
    "Put {name} back as your store? Your current store is kept beside it.":
        "将 {name} 恢复为您的数据存储？当前存储会保留在旁边。",
}

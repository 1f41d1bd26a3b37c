# ruff: noqa: E501 -- a catalogue: one entry per line reads best
"""The Simplified Chinese UI catalogue: English source text -> translation.

``scripts/update_translations.py`` fills ``resources/translations/zerodx_zh_CN.ts`` from it.
Placeholders ({name}, %1, %n), HTML tags and &-mnemonics (as "(&X)") are kept.
Terms: judge 评委, nominee 候选者, score sheet 评分表, panel 评审组, panel chair 小组主席,
organizer 组织者, conflict of interest 利益冲突, signature 签名, framework 评审框架,
criterion 评审指标, level 等级, dossier 申报材料, identity 身份, passphrase 口令.
"""

from __future__ import annotations

ZH: dict[str, str] = {}

# ---- About dialog ----------------------------------------------------------------------
ZH.update({
    "Qt for Python: the user interface": "Qt for Python：用户界面",
    "PDF viewer for dossiers and reports": "申报材料与报告的 PDF 查看器",
    "Qt for Python's binding layer": "Qt for Python 的绑定层",
    "the local store (SQLite)": "本地存储（SQLite）",
    "score sheets and result workbooks (.xlsx)": "评分表与结果工作簿（.xlsx）",
    "safe reading of spreadsheet XML": "安全读取电子表格 XML",
    "PDF report and certificates": "PDF 报告与证书",
    "Ed25519 signatures": "Ed25519 签名",
    "passphrase protection of the signing key": "用口令保护签名密钥",
    "checking framework and panel files": "校验评审框架与评审组文件",
    "the default data folder": "默认数据文件夹",
    "statistics": "统计计算",
    "joined Arabic letters in PDFs": "PDF 中阿拉伯字母连写",
    "right-to-left text order in PDFs": "PDF 中从右到左文字的排列顺序",
    "the Qt libraries PySide6 ships": "PySide6 附带的 Qt 库",
    "font in reports and the UI": "报告与界面所用字体",
    "About {app}": "关于 {app}",
    "Offline judging for awards panels: score, sign, merge, report. Nothing leaves this "
    "computer: the app never uses the network.":
        "面向奖项评审组的离线评审工具：评分、签名、合并、出具报告。所有数据都不会离开这台电脑："
        "本应用从不使用网络。",
    "Version:": "版本：",
    "Data folder": "数据文件夹",
    "Where this app keeps your panels, scores, identity, backups and logs":
        "本应用保存评审组、评分、身份、备份和日志的位置",
    "Open &folder": "打开文件夹(&F)",
    "Show the data folder in the file manager": "在文件管理器中显示数据文件夹",
    "Data folder:": "数据文件夹：",
    "Running on:": "运行环境：",
    "Licences of bundled components": "随附组件的许可证",
    "Component": "组件",
    "Version": "版本",
    "Licence": "许可证",
    "Used for": "用途",
    "needed by {name}": "{name} 所需",
    "From: {source}": "来源：{source}",
    "GPL: distributing the app means offering its source under the GPL too.":
        "GPL：分发本应用时也须按 GPL 提供其源代码。",
    "Qt and PySide6 are used under the GNU LGPL version 3. The full licence texts of the "
    "fonts are in the fonts folder of the app's resources.":
        "Qt 与 PySide6 按 GNU LGPL 第 3 版使用。字体许可证全文位于应用资源的 fonts 文件夹中。",
    "&Copy": "复制(&C)",
    "Copy the version, folder and licences (for a bug report)":
        "复制版本、数据文件夹和许可证信息（用于问题报告）",
    "Close": "关闭",
    "Licences of bundled components:": "随附组件的许可证：",
})

# ---- passphrase change, export dialog, identity ------------------------------------------
ZH.update({
    "Change passphrase": "更改口令",
    "Your signing key stays the same (and so do your fingerprint and judge card); only the "
    "passphrase that protects it on this computer changes.":
        "您的签名密钥保持不变（指纹和评委卡也不变）；只更改在这台电脑上保护它的口令。",
    "Current passphrase": "当前口令",
    "C&urrent passphrase:": "当前口令(&U)：",
    "&New passphrase:": "新口令(&N)：",
    "Problem": "问题",
    "Type your current passphrase.": "请输入当前口令。",
    "Changing your passphrase": "正在更改口令",
    "The current passphrase is wrong; nothing was changed. Type it again.":
        "当前口令错误，未做任何更改。请重新输入。",
    "complete": "已完成",
    "in progress": "进行中",
    "not started": "未开始",
    "recused (conflict)": "已回避（利益冲突）",
    "Nominee": "候选者",
    "Scored": "已评分",
    "Missing comments": "缺少的评语",
    "Status": "状态",
    "Excel workbook": "Excel 工作簿",
    "Export your signed score sheet": "导出已签名的评分表",
    "&Export signed sheet…": "导出已签名评分表(&E)…",
    "Panel": "评审组",
    "Judge": "评委",
    "Panel:": "评审组：",
    "Judge:": "评委：",
    "Completeness per nominee": "各候选者的完成情况",
    "Completeness": "完成情况",
    "Passphrase": "口令",
    "&Passphrase to sign:": "签名口令(&P)：",
    "Exported file": "导出的文件",
    "Export number": "导出序号",
    "SHA-256 of the file": "文件的 SHA-256",
    "File:": "文件：",
    "Export number:": "导出序号：",
    "SHA-256:": "SHA-256：",
    "Send this file to the chair. If you export again later, the chair uses the sheet with "
    "the highest export number. The SHA-256 lets you both check that the file arrived "
    "unchanged.":
        "请把此文件发送给小组主席。如果之后再次导出，小组主席将采用导出序号最大的评分表。"
        "双方可用 SHA-256 核对文件在传输中未被改动。",
    "&Show in folder": "在文件夹中显示(&S)",
    "Open the folder that holds the exported sheet": "打开存放导出评分表的文件夹",
    "Copy SHA-&256": "复制 SHA-256(&2)",
    "Copy the sheet's SHA-256 so the chair can check it is the file you sent":
        "复制评分表的 SHA-256，供小组主席核对收到的正是您发送的文件",
    "This computer has no judge identity yet: create one (Identity page) before exporting.":
        "这台电脑上还没有评委身份：请先在“身份”页面创建身份，然后再导出。",
    "Your key ({fp}) is not on this panel's roster: the chair would reject the sheet. Send "
    "your judge card to the organizer.":
        "您的密钥（{fp}）不在本评审组的名单上：小组主席将拒收该评分表。请把您的评委卡发送给组织者。",
    "{title} (round {round}, {id}); framework {fw} {ver}":
        "{title}（第 {round} 轮，{id}）；评审框架 {fw} {ver}",
    "no panel is open": "未打开评审组",
    "no identity": "无身份",
    "Everything is scored and every required comment is written.":
        "所有指标均已评分，所有必填评语均已填写。",
    " — you can still export; the chair will see the sheet as incomplete.":
        " — 仍可导出；小组主席会看到该评分表未完成。",
    "Type your passphrase to sign the sheet.": "请输入口令以签署评分表。",
    "Save your signed score sheet": "保存已签名的评分表",
    "Exporting your score sheet": "正在导出评分表",
    "Unlocking your signing key…": "正在解锁签名密钥…",
    "Writing and signing the sheet…": "正在写入并签署评分表…",
    "Your signed score sheet is saved ({scored} of {total} criteria scored).":
        "已保存签名评分表（已评 {scored}/{total} 项指标）。",
    "Wrong passphrase: the sheet was not exported. Type it again.":
        "口令错误：评分表未导出。请重新输入。",
    "{n} criterion unscored": "{n} 项指标未评分",
    "{n} criteria unscored": "{n} 项指标未评分",
    " in {n} nominee": "（涉及 {n} 位候选者）",
    " in {n} nominees": "（涉及 {n} 位候选者）",
    "{n} required comment missing": "缺少 {n} 条必填评语",
    "{n} required comments missing": "缺少 {n} 条必填评语",
    "({n} nominee recused.)": "（已回避 {n} 位候选者。）",
    "({n} nominees recused.)": "（已回避 {n} 位候选者。）",
    "Too short: at least 8 characters.": "太短：至少需要 8 个字符。",
    "Strong.": "强。",
    "Fair. A few more words make it stronger.": "中等。再加几个词会更安全。",
    "Weak. Use a longer phrase, e.g. several unrelated words.":
        "弱。请使用更长的短语，例如几个互不相关的词。",
    "Your judge identity": "您的评委身份",
    "Create identity": "创建身份",
    "<p>Before you can sign your score sheet, this computer makes you a <b>signing key</b>. "
    "Your name and e-mail are printed on every sheet you sign.</p><p>The key <b>never leaves "
    "this computer</b>. It is kept encrypted with the passphrase you choose here; you type the "
    "passphrase each time you sign. Nobody can recover a forgotten passphrase.</p><p>Afterwards "
    "you can save your <b>judge card</b> (a small .zdxjudge file with your name, e-mail and "
    "public key, nothing secret) and send it to the organizer, who puts you on the panel so the "
    "chair can check that your sheets really come from you.</p>":
        "<p>在签署评分表之前，这台电脑会为您生成一个<b>签名密钥</b>。您的姓名和电子邮箱会显示在"
        "您签署的每一份评分表上。</p><p>该密钥<b>永远不会离开这台电脑</b>。它用您在此设置的口令"
        "加密保存；每次签名时都需要输入口令。忘记的口令任何人都无法找回。</p><p>之后您可以保存"
        "您的<b>评委卡</b>（一个包含姓名、电子邮箱和公钥的小型 .zdxjudge 文件，不含任何机密），"
        "并发送给组织者。组织者将您加入评审组，小组主席即可核实评分表确实出自您手。</p>",
    "About your identity": "关于您的身份",
    "Your name": "您的姓名",
    "as it should appear on your sheets": "应显示在评分表上的姓名",
    "Your e-mail address": "您的电子邮箱",
    "&Name:": "姓名(&N)：",
    "&E-mail:": "电子邮箱(&E)：",
    "Your key fingerprint": "您的密钥指纹",
    "Copy the fingerprint": "复制指纹",
    "The fingerprint identifies your key; the organizer and the chair see the same one. Next, "
    "save your judge card from the Identity page and send it to the organizer.":
        "指纹用于识别您的密钥；组织者和小组主席看到的是同一个指纹。下一步，请在“身份”页面保存"
        "您的评委卡并发送给组织者。",
    "Fingerprint:": "指纹：",
    "Please type your name.": "请输入您的姓名。",
    "Please type a valid e-mail address (like name@example.org).":
        "请输入有效的电子邮箱（例如 name@example.org）。",
    "Making and encrypting your signing key…": "正在生成并加密您的签名密钥…",
    "Creating your identity": "正在创建您的身份",
    "Your identity is ready, {name} <{email}>.": "您的身份已就绪：{name} <{email}>。",
    "Judge card": "评委卡",
    "Name": "姓名",
    "E-mail": "电子邮箱",
    "Key fingerprint": "密钥指纹",
    "Name:": "姓名：",
    "E-mail:": "电子邮箱：",
    "&Save judge card…": "保存评委卡(&S)…",
    "Save your public judge card (.zdxjudge) to send to the organizer; it holds nothing secret":
        "保存您的公开评委卡（.zdxjudge）以发送给组织者；其中不含任何机密",
    "C&hange passphrase…": "更改口令(&H)…",
    "Choose a new passphrase for your signing key (you need the current one)":
        "为签名密钥设置新口令（需要输入当前口令）",
    "C&reate identity…": "创建身份(&R)…",
    "Make your signing key: name, e-mail and a passphrase": "生成签名密钥：姓名、电子邮箱和口令",
    "Your signing key never leaves this computer. Send your judge card to the organizer so "
    "that the chair can check that your score sheets come from you; compare the fingerprint "
    "with the one they see.":
        "您的签名密钥永远不会离开这台电脑。请把评委卡发送给组织者，以便小组主席核实评分表确实"
        "出自您手；请与对方核对所见的指纹是否一致。",
    "This computer has no judge identity yet. Create one to sign your score sheet and to make "
    "the judge card the organizer needs.":
        "这台电脑上还没有评委身份。请创建身份，以便签署评分表并生成组织者所需的评委卡。",
    "Fingerprint copied.": "指纹已复制。",
    "Save your judge card": "保存评委卡",
    "Judge card not saved": "评委卡未保存",
    "Cannot write {path}: {reason}": "无法写入 {path}：{reason}",
    "Judge card saved to {path}. Send this file to the organizer.":
        "评委卡已保存到 {path}。请把此文件发送给组织者。",
    "Passphrase changed.": "口令已更改。",
    "New passphrase": "新口令",
    "Confirm passphrase": "确认口令",
    "Passphrase strength": "口令强度",
    "&Passphrase:": "口令(&P)：",
    "&Confirm:": "确认(&C)：",
    "At least 8 characters; a short sentence is easy to remember and hard to guess.":
        "至少 8 个字符；一句简短的话既好记又难猜。",
    "The passphrase is too short: it needs at least 8 characters.":
        "口令太短：至少需要 8 个字符。",
    "The two passphrases do not match. Type the same passphrase in both fields.":
        "两次输入的口令不一致。请在两个输入框中输入相同的口令。",
})

# ---- conflict dialog, crash dialog, models ------------------------------------------------
ZH.update({
    "Declare a conflict of interest": "声明利益冲突",
    "You will not score <b>{nominee}</b>: its scoring is locked and it counts as recused in "
    "your score sheet. Say briefly why (the panel chair sees it).":
        "您将不对 <b>{nominee}</b> 评分：其评分将被锁定，并在您的评分表中记为回避。"
        "请简要说明原因（小组主席可以看到）。",
    "Reason for the conflict": "利益冲突的原因",
    "e.g. I advised this organisation in 2023": "例如：我在 2023 年曾为该机构担任顾问",
    "Declare conflict": "声明冲突",
    "{app_name}: unexpected error": "{app_name}：意外错误",
    "Unexpected error": "意外错误",
    "Something went wrong inside ZeroDX Desktop. Your scores are safe: every edit was saved "
    "when it was made.\nPlease send the details below to the panel chair or the developers.":
        "ZeroDX Desktop 内部出现问题。您的评分是安全的：每次修改在做出时都已保存。\n"
        "请把下面的详细信息发送给小组主席或开发人员。",
    "Error details": "错误详情",
    "Log file: {path}": "日志文件：{path}",
    "Copy details": "复制详情",
    "Criterion": "评审指标",
    "Range": "极差",
    "SD": "标准差",
    "Why": "原因",
    "Total score": "总分",
    "No domain scores": "暂无领域得分",
    "Rank": "排名",
    "Score": "得分",
    "Judges": "评委",
    "Min": "最低",
    "Max": "最高",
    "Mean": "平均",
    "Total": "总分",
    "Panel score, 0–100, by the selected method": "评审组得分（0–100），按所选方法计算",
    "Judges whose total counted (recused and missing judges excluded)":
        "总分计入结果的评委人数（不含回避和缺评的评委）",
    "Domain subtotal (0–100): {domain}": "领域小计（0–100）：{domain}",
    "Tied at rank {rank} with {others}": "与 {others} 并列第 {rank} 名",
    "No judge scored this nominee": "没有评委为该候选者评分",
    "Progress": "进度",
    "panel roster": "评审组名单",
    "declared": "本人声明",
    "Conflict of interest ({origin}): {reason}": "利益冲突（{origin}）：{reason}",
    "{name}, {done} of {total} criteria, {status}": "{name}，已评 {done}/{total} 项指标，{status}",
    "The judge's total for this nominee (0–100)": "该评委给此候选者的总分（0–100）",
    "Flagged for discussion: the judges' levels spread widely.":
        "已标记待讨论：评委给出的等级差异较大。",
    "{judge} declared a conflict with this nominee: not counted":
        "{judge} 声明与该候选者存在利益冲突：不计入",
    "not scored": "未评分",
    "level {level}": "等级 {level}",
    "Complete": "已完成",
    "{nominee}: double-click or Enter to score": "{nominee}：双击或按 Enter 开始评分",
    "Not checked yet": "尚未核验",
    "Valid": "有效",
    "Tampered": "已被篡改",
    "Bad signature": "签名无效",
    "Unknown judge": "未知评委",
    "Wrong panel": "评审组不符",
    "Wrong framework": "评审框架不符",
    "Superseded": "已被取代",
    "Unreadable": "无法读取",
    "The sheet will be verified when the merge runs.": "合并时将核验该评分表。",
    "The signature checks out and the judge is on the panel roster.":
        "签名核验通过，且该评委在评审组名单上。",
    "Cells were changed after the judge signed the sheet; it is not used.":
        "评委签名后有单元格被改动；该评分表不予采用。",
    "The signature does not verify; the sheet is not used.": "签名核验未通过；该评分表不予采用。",
    "Signed by a key that is not on the panel roster; not used.":
        "签名密钥不在评审组名单上；不予采用。",
    "The sheet belongs to another panel or round; not used.":
        "该评分表属于其他评审组或其他轮次；不予采用。",
    "The sheet was scored against another framework version; not used.":
        "该评分表依据的是其他版本的评审框架；不予采用。",
    "A newer sheet from the same judge replaces this one.": "同一评委的更新评分表取代了这一份。",
    "Not a readable score sheet (corrupt, hostile or another kind of file).":
        "不是可读取的评分表（文件损坏、存在恶意内容或为其他类型的文件）。",
    "incomplete: some criteria were left unscored": "未完成：部分指标未评分",
    "scored a nominee the roster marks as a conflict (those scores are excluded)":
        "为名单中标记为利益冲突的候选者评了分（这些分数不予计入）",
    "File": "文件",
    "Seq.": "序号",
    "(empty)": "（空）",
    "{cell}: signed {signed}, found {found}": "{cell}：签名时为 {signed}，现为 {found}",
    "1 changed cell: {cells}": "1 个单元格被改动：{cells}",
    "{n} changed cells: {cells}": "{n} 个单元格被改动：{cells}",
    "File: {path}": "文件：{path}",
    "Status: {status}": "状态：{status}",
    "Judge: {name} <{email}>": "评委：{name} <{email}>",
    "Fingerprint: {fingerprint}": "指纹：{fingerprint}",
    "Panel: {title} ({id}), round {round}": "评审组：{title}（{id}），第 {round} 轮",
    "Sequence: {sequence} · exported {exported}": "序号：{sequence} · 导出于 {exported}",
    "Warnings:": "警告：",
    "Changed cells ({n}):": "被改动的单元格（{n} 个）：",
    "Changed cells:": "被改动的单元格：",
    "… and {n} more (see the details pane)": "… 另有 {n} 个（见详情面板）",
    "displayed differently: number formats, invisible text or hidden rows/columns make the "
    "file show other values than the signed ones (the signed values are used)":
        "显示与签名不符：数字格式、不可见的文字或隐藏的行/列使文件显示的值与签名的值不同（采用签名的值）",
    "{sheet}: row {row} ({ids}) missing": "{sheet}：第 {row} 行（{ids}）缺失",
    "{sheet}: rows {first}–{last} ({ids}) missing": "{sheet}：第 {first}–{last} 行（{ids}）缺失",
    "{sheet}: an extra row at {row} ({ids})": "{sheet}：第 {row} 行是多出的一行（{ids}）",
    "{sheet}: {n} extra rows at {first}–{last} ({ids})":
        "{sheet}：第 {first}–{last} 行是多出的 {n} 行（{ids}）",
    "{head}; the row below moved up": "{head}；其下的 1 行上移",
    "{head}; the {n} rows below moved up": "{head}；其下的 {n} 行上移",
    "{head}; the row below moved down": "{head}；其下的 1 行下移",
    "{head}; the {n} rows below moved down": "{head}；其下的 {n} 行下移",
    "{cell} (signed {signed}) is displayed with the number format {format}":
        "{cell}（签名值 {signed}）以数字格式 {format} 显示",
    "{cell} (signed {signed}) cannot be seen: {why}": "{cell}（签名值 {signed}）无法看见：{why}",
    "{sheet}: hidden rows {items}": "{sheet}：隐藏的行 {items}",
    "{sheet}: hidden rows {items} and {n} more": "{sheet}：隐藏的行 {items}，另有 {n} 行",
    "{sheet}: hidden columns {items}": "{sheet}：隐藏的列 {items}",
    "{sheet}: hidden columns {items} and {n} more": "{sheet}：隐藏的列 {items}，另有 {n} 列",
    "{sheet}: conditional formatting on {range} can change how values look":
        "{sheet}：{range} 上的条件格式可能改变值的显示",
    "{sheet}: conditional formatting can change how values look":
        "{sheet}：条件格式可能改变值的显示",
    "{sheet}: zero values are set not to show": "{sheet}：设置为不显示零值",
    "{sheet}: {what} can hide or cover values": "{sheet}：{what}可能隐藏或遮挡数值",
    "The cell formats could not be checked: {reason}": "无法检查单元格格式：{reason}",
    "… and {n} more": "… 另有 {n} 项",
    "Displayed differently from what was signed:": "显示与签名不符之处：",
    "recused": "已回避",
    "empty": "未评",
    "needs comment": "需填写评语",
    "done": "已完成",
    "level {level}: {criterion}": "等级 {level}：{criterion}",
    "clear level: {criterion}": "清除等级：{criterion}",
    "comment: {criterion}": "评语：{criterion}",
    "declare conflict ({nominee})": "声明利益冲突（{nominee}）",
    "withdraw conflict ({nominee})": "撤回利益冲突（{nominee}）",
})

# ---- dossier, PDF preview ------------------------------------------------------------------
ZH.update({
    "Dossier narrative": "申报材料正文",
    "&Narrative": "正文(&N)",
    "Attachments": "附件",
    "Choose an attachment.": "请选择一个附件。",
    "Open with the system viewer": "用系统查看器打开",
    "Open the attachment with the system viewer": "用系统查看器打开该附件",
    "&Attachments": "附件(&A)",
    "{title}  ({file}, {size} KB)": "{title}  （{file}，{size} KB）",
    "n/a": "无数据",
    "&Attachments ({n_attachments})": "附件（{n_attachments}）(&A)",
    "{file}: this PDF cannot be shown. Press Enter on it to try the system viewer.":
        "{file}：无法显示此 PDF。在其上按 Enter 可尝试用系统查看器打开。",
    "{file}: cannot be read from the store ({exc}).": "{file}：无法从存储中读取（{exc}）。",
    "This dossier has no narrative sections.": "此申报材料没有正文章节。",
    "Image attachment": "图片附件",
    "This image cannot be shown.": "无法显示此图片。",
    "PDF attachment": "PDF 附件",
    "Previous page": "上一页",
    "Next page": "下一页",
    "Page number": "页码",
    "Zoom out": "缩小",
    "Zoom in": "放大",
    "Fit width": "适合宽度",
    "Fit page width": "适合页面宽度",
    "Search in PDF": "在 PDF 中搜索",
    "Search in the PDF": "在 PDF 中搜索",
    "of {count}": "共 {count} 页",
    "no match": "无匹配",
    "{name} — preview": "{name} — 预览",
    "cannot open the PDF ({error})": "无法打开该 PDF（{error}）",
    "The file may be damaged; generate it again.": "文件可能已损坏；请重新生成。",
    "Open in system viewer": "在系统查看器中打开",
    "Print…": "打印…",
    "1 page": "1 页",
    "{n} pages": "{n} 页",
    "Print": "打印",
    "The printer could not be opened.": "无法打开打印机。",
    "PDF preview": "PDF 预览",
})

# ---- main window, preferences, welcome --------------------------------------------------------
ZH.update({
    "Save as PDF": "另存为 PDF",
    "Judge workspace": "评委工作区",
    "The merge view (panel chair) is not available in this build.":
        "此版本未包含合并视图（小组主席）。",
    "The organizer views are not available in this build.": "此版本未包含组织者视图。",
    "Merge": "合并",
    "Organizer": "组织者",
    "Save status": "保存状态",
    "&Open panel package…": "打开评审组文件包(&O)…",
    "Open the panel package the organizer sent": "打开组织者发送的评审组文件包",
    "Open the &demo panel": "打开演示评审组(&D)",
    "&Export score sheet…": "导出评分表(&E)…",
    "Write your signed score sheet (.xlsx)": "生成已签名的评分表（.xlsx）",
    "My &identity…": "我的身份(&I)…",
    "Your signing key, judge card, passphrase": "您的签名密钥、评委卡和口令",
    "&Print my scorecard…": "打印我的评分卡(&P)…",
    "Your scores and comments as a PDF": "将您的评分和评语生成 PDF",
    "&Quit": "退出(&Q)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Undo {what}": "撤销 {what}(&U)",
    "&Redo {what}": "重做 {what}(&R)",
    "Undo": "撤销",
    "Redo": "重做",
    "&Filter nominees": "筛选候选者(&F)",
    "&Next unscored": "下一项未评分(&N)",
    "Go to the next criterion still to score": "转到下一项尚未评分的指标",
    "&Overview": "总览(&O)",
    "All nominees by domain": "按领域查看所有候选者",
    "Declare &conflict…": "声明利益冲突(&C)…",
    "&Withdraw conflict": "撤回利益冲突(&W)",
    "&Preferences…": "首选项(&P)…",
    "Language of the application": "应用程序的界面语言",
    "&Guide": "使用指南(&G)",
    "The guide for judges, chairs and organizers": "面向评委、小组主席和组织者的使用指南",
    "How to &verify a sheet": "如何核验评分表(&V)",
    "&About {app}": "关于 {app}(&A)",
    "&File": "文件(&F)",
    "&Edit": "编辑(&E)",
    "&Go": "转到(&G)",
    "&Help": "帮助(&H)",
    "Main toolbar": "主工具栏",
    "All changes saved": "所有更改均已保存",
    "Opened {name}": "已打开 {name}",
    "Opening {name}": "正在打开 {name}",
    "Open panel package": "打开评审组文件包",
    "Panel packages": "评审组文件包",
    "All files": "所有文件",
    "This data folder is already in use. Open the demo in a separate, throw-away window?":
        "此数据文件夹已在使用中。是否在一个独立的临时窗口中打开演示？",
    "Building the demo panel…": "正在生成演示评审组…",
    "Preparing the demo panel": "正在准备演示评审组",
    "NOT SAVED: {first}": "未保存：{first}",
    "{app_name}: not saved": "{app_name}：未保存",
    "{message}\n\nYour edit is still on screen.": "{message}\n\n您的修改仍显示在屏幕上。",
    "score sheet": "评分表",
    "Exported {name} ({scored}/{total} scored)": "已导出 {name}（已评 {scored}/{total}）",
    "Exported {name}": "已导出 {name}",
    "My identity": "我的身份",
    "Writing your scorecard…": "正在生成您的评分卡…",
    "Saved {name}": "已保存 {name}",
    "Printing your scorecard": "正在打印您的评分卡",
    "Your last comment could not be saved (see the status bar). Quit anyway and lose it?":
        "您最后一条评语未能保存（见状态栏）。仍要退出并放弃该评语吗？",
    "Preferences": "首选项",
    "Language": "语言",
    "The language of menus, views and messages; “System” follows the computer's language":
        "菜单、视图和消息所用的语言；“跟随系统”即使用电脑的语言",
    "The new language applies at once to every open window.": "新语言会立即应用于所有已打开的窗口。",
    "&Language:": "语言(&L)：",
    "System": "跟随系统",
    "Pseudo (testing)": "伪本地化（测试用）",
    "ZeroDX Desktop": "ZeroDX Desktop",
    "Cancel": "取消",
    "Welcome to {app}": "欢迎使用 {app}",
    "<p>One app for the whole awards panel:</p><p><b>Judge</b>: read each nominee's dossier, "
    "score it on the framework and send the organizer your signed score sheet.<br><b>Chair</b>: "
    "check every judge's sheet and combine them into the panel result (the Merge tab).<br>"
    "<b>Organizer</b>: build the signed panel package and print the final report (the "
    "Organizer tab).</p>":
        "<p>一个应用，服务整个奖项评审组：</p><p><b>评委</b>：阅读每位候选者的申报材料，按评审框架"
        "评分，并把已签名的评分表发送给组织者。<br><b>小组主席</b>：核验每位评委的评分表，并合并为"
        "评审组结果（“合并”选项卡）。<br><b>组织者</b>：生成已签名的评审组文件包，并打印最终报告"
        "（“组织者”选项卡）。</p>",
    "The three roles": "三种角色",
    "Create my &judge identity…": "创建我的评委身份(&J)…",
    "Create my judge identity": "创建我的评委身份",
    "Make the signing key that signs your score sheets (name, e-mail, passphrase). It never "
    "leaves this computer.":
        "生成用于签署评分表的签名密钥（姓名、电子邮箱、口令）。它永远不会离开这台电脑。",
    "Your identity": "您的身份",
    "&Open a panel package…": "打开评审组文件包(&O)…",
    "Open the .zdxpanel file the organizer sent you; you can also drop it onto this window.":
        "打开组织者发给您的 .zdxpanel 文件；也可以把文件拖放到此窗口。",
    "Try the &demo": "试用演示(&D)",
    "Try the demo panel": "试用演示评审组",
    "A complete fictional panel to practise on: nothing you do there is sent anywhere.":
        "一个完整的虚构评审组，供练习使用：您在其中的任何操作都不会发送到任何地方。",
    "Nothing leaves this computer: the app never uses the network. Files travel only when you "
    "send them yourself. Press F1 for the guide.":
        "所有数据都不会离开这台电脑：本应用从不使用网络。只有您亲自发送时，文件才会传出。"
        "按 F1 查看使用指南。",
    "Your data is kept in this folder: {path}": "您的数据保存在此文件夹：{path}",
    "Identity: {name} ({fingerprint})": "身份：{name}（{fingerprint}）",
})

# ---- merge view ---------------------------------------------------------------------------------
ZH.update({
    "Mean of the judges' totals": "各评委总分的平均值",
    "Median of the judges' totals": "各评委总分的中位数",
    "Trimmed mean (drop highest and lowest with 5+ judges)":
        "截尾平均（评委不少于 5 人时去掉最高分和最低分）",
    "Z-scores (each judge standardised)": "Z 分数（对每位评委分别标准化）",
    "Schulze (combines the judges' rankings)": "Schulze 法（综合各评委的排名）",
    "— (not enough data)": "—（数据不足）",
    "Panel package:": "评审组文件包：",
    "none chosen — choose one or drop a .zdxpanel here": "尚未选择 — 请选择或将 .zdxpanel 拖放到此处",
    "Choose package…": "选择文件包…",
    "Choose the panel package (.zdxpanel) the judges received: it holds the roster the sheets "
    "are checked against":
        "选择评委收到的评审组文件包（.zdxpanel）：其中的评委名单用于核验评分表",
    "Score sheets": "评分表",
    "Add sheets…": "添加评分表…",
    "Add the judges' signed score sheets (.xlsx); you can also drop them here":
        "添加评委已签名的评分表（.xlsx）；也可以拖放到此处",
    "Remove": "移除",
    "Remove the selected sheets from the merge (the files are not touched)":
        "从合并中移除所选评分表（不会改动文件本身）",
    "Clear": "清空",
    "Remove every sheet from the merge (the files are not touched)":
        "从合并中移除全部评分表（不会改动文件本身）",
    "Verify and merge": "核验并合并",
    "Verify every sheet's signature, judge, panel and framework, then combine the valid ones":
        "核验每份评分表的签名、评委、评审组和评审框架，然后合并有效的评分表",
    "Drop score sheets (.xlsx) here or use Add sheets…":
        "将评分表（.xlsx）拖放到此处，或使用“添加评分表…”。",
    "Select a sheet to see its verification details.": "选择一份评分表以查看其核验详情。",
    "Ranking": "排名",
    "Disagreements": "分歧",
    "Reliability": "信度",
    "Export result workbook…": "导出结果工作簿…",
    "Write the panel result as a signed workbook (.xlsx) for the organizer":
        "将评审组结果生成已签名的工作簿（.xlsx），供组织者使用",
    "Include anonymised comments": "包含匿名评语",
    "Put the judges' comments in the report, without their names": "在报告中收录评委的评语，不署名",
    "Certificates:": "证书：",
    "Winner certificates for the top N nominees": "为前 N 名候选者生成获奖证书",
    "PDF report…": "PDF 报告…",
    "Write the final report (PDF), with certificates for the top nominees if asked":
        "生成最终报告（PDF），如有需要附上前几名候选者的证书",
    "Method:": "方法：",
    "How the judges' totals are combined; the package names the official method":
        "各评委总分的合并方式；文件包中指定了正式方法",
    "{method} (official)": "{method}（正式）",
    "Select a nominee in the ranking to see every judge's levels.":
        "在排名中选择一位候选者，以查看每位评委给出的等级。",
    "Comments (anonymised):": "评语（匿名）：",
    "Scores to discuss: criteria where the levels range by 2 or more, and nominees whose "
    "spread is in the panel's top decile.":
        "待讨论的评分：等级极差达到 2 或以上的指标，以及分数离散程度位于评审组前 10% 的候选者。",
    "Merge the sheets to see how well the judges agree.": "合并评分表后可查看各评委的一致程度。",
    "Krippendorff's alpha (interval):": "Krippendorff α 系数（等距）：",
    "ICC(2,1) (absolute agreement):": "ICC(2,1)（绝对一致性）：",
    "ICC(3,1) (consistency):": "ICC(3,1)（一致性）：",
    "Kendall's W (rankings):": "Kendall W 系数（排名）：",
    "Sheet": "评分表",
    "Severity": "宽严度",
    "Agreement": "一致性",
    "Fingerprint": "指纹",
    "Severity: the judge's mean offset from the panel (negative = harsher). Agreement: "
    "correlation of the judge's totals with the rest of the panel.":
        "宽严度：该评委相对评审组的平均偏差（负值表示更严格）。一致性：该评委的总分与其他评委的"
        "相关系数。",
    "Alpha": "α 系数",
    "Choose the panel package": "选择评审组文件包",
    "Panel package": "评审组文件包",
    "Add score sheets": "添加评分表",
    "Verifying {n_sheets} sheet(s)…": "正在核验 {n_sheets} 份评分表…",
    "Verifying and merging the score sheets…": "正在核验并合并评分表…",
    "Merge cancelled.": "合并已取消。",
    "No result: {message}": "无结果：{message}",
    "Sensitivity: {notes}": "敏感性：{notes}",
    "Sensitivity: every method gives the same winner and top places.":
        "敏感性：所有方法得出的获奖者和前几名均相同。",
    "The merge did not compute '{method}'.": "合并时未计算“{method}”。",
    "{value} — the panel's official method; exports use it.": "{value} — 评审组的正式方法；导出时采用。",
    "{value} — for comparison; the official method is {method}.":
        "{value} — 仅供比较；正式方法为 {method}。",
    "{n} valid": "{n} 份有效",
    "{n} valid with warnings": "{n} 份有效（有警告）",
    "{n} superseded": "{n} 份已被取代",
    "{n} rejected": "{n} 份被拒收",
    "{n} not checked": "{n} 份未核验",
    "No reading: too few judges or nominees to say.": "无法判断：评委或候选者数量太少。",
    "1 judge": "1 位评委",
    "{n} judges": "{n} 位评委",
    "{nominee} — rank {rank}, score {score} ({judges})": "{nominee} — 第 {rank} 名，得分 {score}（{judges}）",
    "Panel average": "评审组平均",
    "No comments.": "无评语。",
    "Signed by {name} ({fingerprint}).": "签名人：{name}（{fingerprint}）。",
    "The home identity cannot be read: {what}": "无法读取本机身份：{what}",
    "No identity in this home: the result workbook will be UNSIGNED (create an identity to sign "
    "it).": "本机没有身份：结果工作簿将不带签名（创建身份后即可签名）。",
    "Save the result workbook": "保存结果工作簿",
    "sign the result workbook": "签署结果工作簿",
    "Sign the result": "签署结果",
    "signed by {name} ({fingerprint})": "签名人：{name}（{fingerprint}）",
    "UNSIGNED: this home has no identity": "未签名：本机没有身份",
    "Result workbook saved: {path}": "结果工作簿已保存：{path}",
    "Result workbook": "结果工作簿",
    "Writing the result workbook…": "正在生成结果工作簿…",
    "Save the PDF report": "保存 PDF 报告",
    "PDF": "PDF 文件",
    "Report saved: {path}": "报告已保存：{path}",
    "Writing the PDF report…": "正在生成 PDF 报告…",
    "Not saved: {message}": "未保存：{message}",
    "Export": "导出",
})

# ---- organizer view ------------------------------------------------------------------------------
ZH.update({
    "The sample framework loads when this page is shown.": "显示此页面时将载入示例评审框架。",
    "The panel's title, shown to judges and printed on the report": "评审组名称，向评委显示并印在报告上",
    "e.g. ZeroDX Awards 2026 — Final panel": "例如：ZeroDX 大奖 2026 — 终审评审组",
    "Title:": "名称：",
    "The judging round; a later round of the same panel replaces the earlier one":
        "评审轮次；同一评审组的后一轮将取代前一轮",
    "Round:": "轮次：",
    "The official way the judges' totals are combined (the chair can compare the others)":
        "合并各评委总分的正式方法（小组主席可比较其他方法）",
    "Official method:": "正式方法：",
    "Framework": "评审框架",
    "Choose…": "选择…",
    "Load a framework: a framework JSON file or the filled-in spreadsheet template":
        "载入评审框架：评审框架 JSON 文件或已填写的电子表格模板",
    "Use the sample": "使用示例",
    "Go back to the shipped sample framework": "恢复为随附的示例评审框架",
    "Save as spreadsheet…": "另存为电子表格…",
    "Save the framework as an .xlsx template to edit in Excel or LibreOffice; choose the edited "
    "file again to import it.":
        "将评审框架保存为 .xlsx 模板，可在 Excel 或 LibreOffice 中编辑；编辑后再次选择该文件即可导入。",
    "Domain / dimension / criterion": "领域 / 维度 / 指标",
    "Weight": "权重",
    "Id": "编号",
    "Nominees": "候选者",
    "No folder chosen (one sub-folder per nominee, each with a nominee.json and its "
    "attachments).": "尚未选择文件夹（每位候选者一个子文件夹，内含 nominee.json 及其附件）。",
    "Choose folder…": "选择文件夹…",
    "Choose the folder with one sub-folder per nominee (nominee.json and its files)":
        "选择每位候选者各有一个子文件夹（含 nominee.json 及其文件）的文件夹",
    "Folder": "文件夹",
    "Problems": "问题",
    "Add judge cards…": "添加评委卡…",
    "Add the judge cards (.zdxjudge) the judges sent you": "添加评委发给您的评委卡（.zdxjudge）",
    "Remove the selected judges from the panel": "从评审组中移除所选评委",
    "Known conflicts of interest": "已知的利益冲突",
    "The judge who has the conflict of interest": "存在利益冲突的评委",
    "The nominee that judge should not score": "该评委不应评分的候选者",
    "Why the judge is conflicted (kept in the package)": "该评委存在冲突的原因（保存在文件包中）",
    "Reason (e.g. former employee)": "原因（例如：曾为该机构员工）",
    "Add": "添加",
    "Record this known conflict of interest": "记录这一已知的利益冲突",
    "Remove the selected conflicts": "移除所选的利益冲突",
    "Reason": "原因",
    "Build signed package…": "生成已签名文件包…",
    "Sign the panel package with your identity and save the .zdxpanel to send to judges and "
    "chair": "用您的身份签署评审组文件包，并保存 .zdxpanel 以发送给评委和小组主席",
    "After judging: the final report": "评审结束后：最终报告",
    "Winner certificates for the top N nominees (0: none)": "为前 N 名候选者生成获奖证书（0 表示不生成）",
    "Print report…": "打印报告…",
    "Choose the chair's result workbook (RESULT.xlsx) and make the PDF report":
        "选择小组主席的结果工作簿（RESULT.xlsx）并生成 PDF 报告",
    "Signed as organizer by {name} ({fingerprint}).": "以组织者身份签名：{name}（{fingerprint}）。",
    "This home has no identity: create one before building a package (it signs the package).":
        "本机没有身份：生成文件包前请先创建身份（用于签署文件包）。",
    "Choose a framework file": "选择评审框架文件",
    "JSON": "JSON 文件",
    "Save the framework spreadsheet": "保存评审框架电子表格",
    "Spreadsheet": "电子表格",
    "Could not save the template": "无法保存模板",
    "Template saved": "模板已保存",
    "Saved {path}.\nEdit it, then choose it with “Choose…” to import it; errors name the sheet, "
    "row and column.":
        "已保存 {path}。\n编辑后，用“选择…”选中它即可导入；如有错误，会指出所在的工作表、行和列。",
    "Cell: {where}": "单元格：{where}",
    "Field: {where}": "字段：{where}",
    "{file} is not a valid framework.": "{file} 不是有效的评审框架。",
    "Problem: {what}": "问题：{what}",
    "Not loaded: {path}": "未载入：{path}",
    " — SAMPLE framework": " — 示例评审框架",
    "{title} (id {id}, version {version}){sample}\n{domains} domains, {criteria} criteria, "
    "scale {min}–{max} · {path}":
        "{title}（编号 {id}，版本 {version}）{sample}\n{domains} 个领域，{criteria} 项指标，"
        "等级 {min}–{max} · {path}",
    "Scale {min}–{max}": "等级 {min}–{max}",
    "Choose the nominees folder": "选择候选者文件夹",
    "Reading {folder}…": "正在读取 {folder}…",
    "Not usable: {folder}": "无法使用：{folder}",
    "Reading the nominee folders…": "正在读取候选者文件夹…",
    "none": "无",
    "{folder} · {n} nominee(s)": "{folder} · {n} 位候选者",
    ", {n} with problems": "，{n} 个有问题",
    "{n} folder(s) cannot be used as they are: {problems}. Fix them (or move them out of the "
    "folder) before building.":
        "{n} 个文件夹目前无法使用：{problems}。请在生成前修正（或将其移出该文件夹）。",
    "Add judge cards": "添加评委卡",
    "Judge cards": "评委卡",
    "{name}: {name2} ({fingerprint}) is already on the roster":
        "{name}：{name2}（{fingerprint}）已在名单上",
    "Some judge cards were not added:": "部分评委卡未能添加：",
    "Choose a judge and a nominee for the conflict.": "请为该利益冲突选择评委和候选者。",
    "That conflict is already recorded.": "该利益冲突已有记录。",
    "Give the panel a title.": "请填写评审组名称。",
    "Choose a valid framework (or use the sample).": "请选择有效的评审框架（或使用示例）。",
    "Choose the nominees folder.": "请选择候选者文件夹。",
    "The nominees folder has no usable nominee.": "候选者文件夹中没有可用的候选者。",
    "Fix the nominee folders with problems.": "请修正有问题的候选者文件夹。",
    "Add at least one judge card.": "请至少添加一张评委卡。",
    "Create an identity in this home: it signs the package.": "请在本机创建身份：用于签署文件包。",
    "The package cannot be built yet:": "暂时无法生成文件包：",
    "Build the panel package": "生成评审组文件包",
    "Save the panel package": "保存评审组文件包",
    "sign the panel package": "签署评审组文件包",
    "Panel package saved: {path}\n{nominees} nominees, {judges} judges, {conflicts} conflicts, "
    "method {method}, round {round}\nSigned by {organizer}, organizer fingerprint "
    "{fingerprint}":
        "评审组文件包已保存：{path}\n{nominees} 位候选者，{judges} 位评委，{conflicts} 项利益冲突，"
        "方法 {method}，第 {round} 轮\n签名人：{organizer}，组织者指纹 {fingerprint}",
    "Building the signed panel package…": "正在生成已签名的评审组文件包…",
    "Choose the result workbook": "选择结果工作簿",
    "Reading {name}": "正在读取 {name}",
    "Print the report": "打印报告",
    "Cancelled.": "已取消。",
    "the nominees folder does not exist": "候选者文件夹不存在",
    "the folder has no nominee sub-folders": "该文件夹中没有候选者子文件夹",
    "Make one sub-folder per nominee, each with a nominee.json.":
        "请为每位候选者建立一个子文件夹，每个子文件夹内含一个 nominee.json。",
    "large attachment(s): {files}": "较大的附件：{files}",
    "the id '{id}' is also used by '{folder}'": "编号“{id}”也被“{folder}”使用",
    "Done": "完成",
})

# ---- scoring, workspace, session, passphrase ------------------------------------------------------
ZH.update({
    "Level {value}: {label}": "等级 {value}：{label}",
    "Press {key} to choose this level": "按 {key} 选择此等级",
    "A justification is required for level {level}": "选择等级 {level} 时必须填写理由",
    "Declare conflict…": "声明利益冲突…",
    "Declare a conflict of interest for this nominee": "就该候选者声明利益冲突",
    "Conflict of interest": "利益冲突",
    "Criteria": "评审指标",
    "Level": "等级",
    "Justification required": "需要填写理由",
    "Comment (justification) for this criterion": "此指标的评语（理由）",
    "Justification for your level (Tab from the criteria; Ctrl+Enter for the next criterion)":
        "请说明给出该等级的理由（在指标列表中按 Tab 进入；按 Ctrl+Enter 转到下一项指标）",
    "Domain subtotals and total": "领域小计与总分",
    "&Comment": "评语(&C)",
    "Scoring {name}": "正在为 {name} 评分",
    "from the panel roster": "来自评审组名单",
    "declared by you": "由您声明",
    "Recused — conflict of interest ({origin}): {reason}. Scoring is locked.":
        "已回避 — 利益冲突（{origin}）：{reason}。评分已锁定。",
    "Withdraw conflict": "撤回利益冲突",
    "level {level}, {state}": "等级 {level}，{state}",
    "Not saved — see the status bar. Your choice is kept on screen; choose it again to retry.":
        "未保存 — 请查看状态栏。您的选择仍保留在屏幕上；再次选择即可重试。",
    "Total: <b>{total}</b> / 100 &nbsp;·&nbsp; {done}/{count} criteria complete":
        "总分：<b>{total}</b> / 100 &nbsp;·&nbsp; 已完成 {done}/{count} 项指标",
    "{name} is locked by a conflict of interest: nothing was changed.":
        "{name} 因利益冲突已被锁定：未做任何更改。",
    "listed by the organizer": "由组织者列明",
    "this nominee is locked by a conflict of interest": "该候选者因利益冲突已被锁定",
    "Withdraw your declared conflict to score it.": "撤回您声明的利益冲突后即可评分。",
    "Saved {time}": "已保存 {time}",
    "Backup failed: {0}": "备份失败：{0}",
    "{name} <{email}>\nKey fingerprint: {fingerprint}\n\nTo put this judge on a panel, add "
    "the card in the Organizer tab.":
        "{name} <{email}>\n密钥指纹：{fingerprint}\n\n要将此评委加入评审小组，请在“组织者”选项卡中添加此卡片。",
    "this conflict comes from the panel roster and cannot be withdrawn":
        "此利益冲突来自评审组名单，无法撤回",
    "Ask the organizer if it is wrong.": "如有错误，请联系组织者。",
    "All nominees": "全部候选者",
    "Not started": "未开始",
    "In progress": "进行中",
    "Recused": "已回避",
    "Filter nominees (Ctrl+F)": "筛选候选者（Ctrl+F）",
    "Filter nominees by name": "按名称筛选候选者",
    "Filter nominees by status": "按状态筛选候选者",
    "Next &unscored": "下一项未评分(&U)",
    "Go to the next unscored criterion": "转到下一项未评分的指标",
    "Dossier": "申报材料",
    "Overview": "总览",
    "Overview: nominees by domain": "总览：按领域查看候选者",
    "Everything is scored — nothing left to do.": "全部已评分 — 没有剩余的工作。",
    "{done} of {n_nominees} done": "已完成 {done}/{n_nominees}",
    "Passphrase for {name} <{email}>\n({fingerprint}) to {purpose}:":
        "请输入 {name} <{email}> 的口令\n（{fingerprint}），用于{purpose}：",
    "sign": "签名",
    "too many wrong passphrases": "口令错误次数过多",
    "Check the passphrase and try again.": "请检查口令后重试。",
})


# ---- help (help_view.py), welcome page ----------------------------------------------------
ZH.update({
    '{app} help': '{app} 帮助',
    'Help pages': '帮助页面',
    'Choose a page of the guide': '选择指南中的页面',
    'Help text': '帮助正文',
    'Close the guide': '关闭指南',
    'this guide': '本指南',
    'open a panel package': '打开评审组文件包',
    'previous / next criterion': '上一项 / 下一项指标',
    "choose that level (on the framework's scale)": '选择该等级（按评审框架的等级量表）',
    'clear the level': '清除等级',
    'write the comment (justification)': '填写评语（理由）',
    'next criterion (from the comment too)': '下一项指标（在评语中也可用）',
    'previous criterion (from the comment too)': '上一项指标（在评语中也可用）',
    'back from the comment to the criteria': '从评语返回指标列表',
    'next / previous nominee': '下一位 / 上一位候选者',
    'next unscored criterion': '下一项未评分的指标',
    'filter the nominees': '筛选候选者',
    'undo / redo': '撤销 / 重做',
    'declare a conflict of interest': '声明利益冲突',
    'overview of all nominees': '所有候选者总览',
    'export your signed score sheet': '导出已签名的评分表',
    'print your scorecard (PDF)': '打印您的评分卡（PDF）',
    'Judge workspace, Merge, Organizer': '评委工作区、合并、组织者',
    'quit (everything is already saved)': '退出（所有内容均已保存）',
    '<h2>Judge guide</h2>\n'
    '<p>You score each nominee on every criterion of the framework, explain your scores, and send\n'
    'the organizer a <b>signed score sheet</b>. Everything happens on this computer; you need no\n'
    'network.</p>\n'
    '<h3>1. Your identity</h3>\n'
    '<p>The first time, choose <b>Create my judge identity</b> on the welcome page (or\n'
    '<b>File &gt; My identity</b>). You type your name, your e-mail and a passphrase; the app makes a\n'
    'signing key that never leaves this computer. Save your <b>judge card</b> (.zdxjudge) and send it\n'
    'to the organizer, who adds you to the panel. Keep the passphrase: nobody can recover it.</p>\n'
    '<h3>2. Open the panel package</h3>\n'
    '<p>The organizer sends you a <b>.zdxpanel</b> file. Use <b>File &gt; Open panel package</b>\n'
    "(Ctrl+O) or drop it onto the window. The app checks the organizer's signature and every dossier\n"
    'file before it shows anything.</p>\n'
    '<h3>3. Read the dossiers</h3>\n'
    "<p>The nominee list is on the left (Ctrl+F filters it). The middle shows the nominee's dossier:\n"
    'the narrative sections and the attachments. PDFs open inside the app with page navigation, zoom\n'
    'and search; images are shown scaled.</p>\n'
    '<h3>4. Score with the keyboard</h3>\n'
    '<p>In the scoring pane on the right, Up/Down (or K/J) move between criteria and a number key\n'
    'chooses that level; 0 or Delete clears it. Tab goes to the comment; Ctrl+Enter moves on to the\n'
    'next criterion. PageDown/PageUp change nominee; Ctrl+N jumps to the next criterion still to\n'
    'score. The level cards show what each level means for that criterion.</p>\n'
    '<h3>5. Comments</h3>\n'
    '<p>Your comment justifies the score. Some levels (often the lowest and the highest) need a\n'
    'comment: the framework says which, and the export counts the ones still missing. The chair may\n'
    'include comments, anonymised, in the final report.</p>\n'
    '<h3>6. Conflicts of interest</h3>\n'
    '<p>If you know a nominee too well to judge it fairly, press Ctrl+D (<b>Edit &gt; Declare\n'
    'conflict</b>) and give the reason. You are then recused: your sheet carries no score for that\n'
    'nominee and the panel result leaves you out of it (missing, never zero).\n'
    '<b>Edit &gt; Withdraw conflict</b> undoes a declaration you made by mistake.</p>\n'
    '<h3>7. Autosave and undo</h3>\n'
    '<p>Every level and comment is saved the moment you make it; the status bar says when. If a save\n'
    'ever fails, the status bar says <b>NOT SAVED</b> in red and your edit stays on screen. Ctrl+Z and\n'
    'Ctrl+Shift+Z undo and redo. Ctrl+Shift+O shows the overview of all nominees.</p>\n'
    '<h3>8. Export your sheet</h3>\n'
    '<p>Ctrl+E (<b>File &gt; Export score sheet</b>) shows what is still unscored, asks for your\n'
    'passphrase and writes a signed <b>.xlsx</b> sheet. You may export an incomplete sheet; each new\n'
    'export gets a higher sequence number and replaces the older one at the chair. Send the file by\n'
    'any channel (e-mail, USB stick). Ctrl+P prints your own scorecard as a PDF.</p>\n'
    '<p>See also <a href="help:verify">How to verify a sheet</a> and\n'
    '<a href="help:keys">Keyboard shortcuts</a>.</p>':
        (
            '<h2>评委指南</h2>\n'
            '<p>您需要按评审框架的每一项指标为每位候选者评分，说明评分理由，并把<b>已签名的评分表</b>发送给组织者。\n'
            '所有操作都在这台电脑上完成，无需联网。</p>\n'
            '<h3>1. 您的身份</h3>\n'
            '<p>首次使用时，请在欢迎页面选择<b>创建我的评委身份</b>（或<b>文件 &gt; 我的身份</b>）。输入您的姓名、\n'
            '电子邮箱和口令后，应用会生成一个永远不会离开这台电脑的签名密钥。请保存您的<b>评委卡</b>（.zdxjudge）\n'
            '并发送给组织者，由组织者把您加入评审组。请牢记口令：任何人都无法找回。</p>\n'
            '<h3>2. 打开评审组文件包</h3>\n'
            '<p>组织者会发给您一个 <b>.zdxpanel</b> 文件。使用<b>文件 &gt; 打开评审组文件包</b>（Ctrl+O），\n'
            '或把文件拖放到窗口中。应用会先核验组织者的签名和每一份申报材料文件，然后才显示内容。</p>\n'
            '<h3>3. 阅读申报材料</h3>\n'
            '<p>候选者列表位于左侧（按 Ctrl+F 筛选）。中间显示候选者的申报材料：正文章节和附件。PDF 在应用内打开，\n'
            '可翻页、缩放和搜索；图片按比例缩放显示。</p>\n'
            '<h3>4. 用键盘评分</h3>\n'
            '<p>在右侧的评分面板中，用上/下方向键（或 K/J）在指标之间移动，按数字键选择相应等级；按 0 或 Delete\n'
            '清除等级。按 Tab 进入评语；按 Ctrl+Enter 转到下一项指标。PageDown/PageUp 切换候选者；Ctrl+N\n'
            '跳到下一项尚未评分的指标。等级卡片显示每个等级在该指标下的含义。</p>\n'
            '<h3>5. 评语</h3>\n'
            '<p>评语用于说明评分理由。某些等级（通常是最低和最高等级）必须填写评语：评审框架规定了哪些等级需要，\n'
            '导出时会统计仍缺少的评语。小组主席可能会在最终报告中匿名收录评语。</p>\n'
            '<h3>6. 利益冲突</h3>\n'
            '<p>如果您与某位候选者关系过密、难以公正评审，请按 Ctrl+D（<b>编辑 &gt; 声明利益冲突</b>）并说明原因。\n'
            '您将因此回避：您的评分表中不含该候选者的分数，评审组结果也不计入您的评分（记为缺评，绝不记为零分）。\n'
            '<b>编辑 &gt; 撤回利益冲突</b>可撤销误操作的声明。</p>\n'
            '<h3>7. 自动保存与撤销</h3>\n'
            '<p>每个等级和每条评语在您输入时即已保存；状态栏会显示保存时间。如果保存失败，状态栏会以红色显示\n'
            '<b>未保存</b>，您的修改仍保留在屏幕上。Ctrl+Z 和 Ctrl+Shift+Z 用于撤销和重做。Ctrl+Shift+O\n'
            '显示所有候选者的总览。</p>\n'
            '<h3>8. 导出评分表</h3>\n'
            '<p>按 Ctrl+E（<b>文件 &gt; 导出评分表</b>）会列出尚未评分的内容，要求输入口令，并生成一份已签名的\n'
            '<b>.xlsx</b> 评分表。您可以导出未完成的评分表；每次新导出的序号都会增加，并在小组主席处取代旧的一份。\n'
            '文件可通过任何方式发送（电子邮件、U 盘）。Ctrl+P 可把您自己的评分卡打印为 PDF。</p>\n'
            '<p>另请参阅<a href="help:verify">如何核验评分表</a>和\n'
            '<a href="help:keys">键盘快捷键</a>。</p>'),
    '<h2>Chair guide</h2>\n'
    "<p>The panel chair collects every judge's score sheet, checks it and combines the valid ones into\n"
    'the panel result. Use the <b>Merge</b> tab (Ctrl+2).</p>\n'
    '<h3>1. Add the package and the sheets</h3>\n'
    '<p><b>Choose package…</b> loads the same .zdxpanel the judges received (it holds the roster\n'
    "of judges and their public keys). <b>Add sheets…</b> adds the judges' .xlsx sheets; you can\n"
    'also drop files onto the view. <b>Verify and merge</b> checks every sheet, then combines the\n'
    'valid ones.</p>\n'
    '<h3>2. What each status means</h3>\n'
    '<dl>\n'
    '<dt><b>valid</b></dt><dd>The signature is correct, the judge is on the roster and the sheet\n'
    'belongs to this panel, framework and round. It counts.</dd>\n'
    '<dt><b>tampered</b></dt><dd>Values in the workbook differ from what the judge signed. The\n'
    'details name each changed cell, what was signed and what is there now. It does not count; ask\n'
    'the judge to export again.</dd>\n'
    '<dt><b>bad_signature</b></dt><dd>The signature does not match the signed content: the hidden\n'
    'signature sheet was damaged or forged. It does not count.</dd>\n'
    "<dt><b>unknown_judge</b></dt><dd>The sheet was signed by a key that is not on the panel's\n"
    'roster (for example a judge who made a new identity). It does not count until the organizer adds\n'
    'that judge card to the package.</dd>\n'
    '<dt><b>wrong_panel</b></dt><dd>The sheet belongs to another panel.</dd>\n'
    '<dt><b>wrong_framework</b></dt><dd>The sheet was scored against another framework or another\n'
    'version of it.</dd>\n'
    '<dt><b>superseded</b></dt><dd>The same judge sent a newer sheet (a higher sequence number or a\n'
    'later round); only the newest counts. A second copy of the same sheet (the same signed values) is\n'
    'also superseded: the copy without warnings is used.</dd>\n'
    '<dt><b>unreadable</b></dt><dd>Not a score sheet, or a corrupt or unsafe file.</dd>\n'
    '</dl>\n'
    '<p>Three warnings do not reject a sheet: <b>incomplete</b> (some criteria were left unscored; they\n'
    'are missing, not zero), <b>conflict_scored</b> (the judge scored a nominee the roster marks as\n'
    'a conflict; those scores are left out) and <b>display_altered</b> (the values are the signed ones,\n'
    'but formatting makes a spreadsheet program show them differently: a number format, hidden rows or\n'
    'columns, invisible text; the details name the cells. The merge uses the signed values; read the\n'
    'sheet with care). <b>sequence_clash</b> marks two sheets of one judge with the same round and\n'
    'sequence number but different signed values: the later export counts; ask the judge which is\n'
    'right.</p>\n'
    '<h3>3. Methods</h3>\n'
    "<p>A judge's total for a nominee is the weighted mean of their levels, on a scale of 0 to 100,\n"
    'computed exactly: equal totals are always equal. The package names the official method; the\n'
    '<b>Method</b> list shows the others side by side, and the <b>How sure</b> tab shows which places\n'
    'the panel can and cannot tell apart (the judges resampled 1,000 times).</p>\n'
    '<ul>\n'
    "<li><b>mean</b>: the average of the judges' totals.</li>\n"
    '<li><b>median</b>: the middle total; one unusually harsh or generous judge barely moves it.</li>\n'
    '<li><b>trimmed</b>: the average after setting aside a fifth of the totals at each end.</li>\n'
    "<li><b>zscore</b>: each judge's totals are first put on a common footing (a strict judge's\n"
    "scores count as much as a generous judge's), then mapped back to the panel's scale.</li>\n"
    "<li><b>schulze</b>: each judge's totals give a ranking; the Schulze voting method combines the\n"
    'rankings into one order.</li>\n'
    "<li><b>adjusted</b>: each judge's strictness is estimated from all the scores and removed; use\n"
    'it when not every judge scored every nominee (recusals, assignments).</li>\n'
    '</ul>\n'
    '<h3>4. Ties</h3>\n'
    '<p>Nominees with equal scores get the same rank and are marked as tied. The app never breaks a\n'
    'tie silently: the panel decides.</p>\n'
    '<h3>5. Disagreements</h3>\n'
    "<p>The <b>Disagreements</b> tab lists what to discuss: criteria where the judges' levels range by\n"
    "2 or more, and nominees whose spread is among the panel's widest tenth. Double-click a row to see\n"
    "every judge's levels.</p>\n"
    '<h3>6. Reliability</h3>\n'
    '<p>The <b>Reliability</b> tab says in plain words how far the judges agree.\n'
    "<b>Krippendorff's alpha</b>: 0.80 or more is good agreement; 0.667 to 0.80 allows tentative\n"
    'conclusions only; below that agreement is weak. <b>ICC(2,1)</b> measures absolute agreement and\n'
    '<b>ICC(3,1)</b> consistency (a large gap between them means the judges differ mainly in\n'
    "severity). <b>Kendall's W</b> (0 to 1) says how far the judges put the nominees in the same\n"
    'order. Per judge, <b>severity</b> is the mean offset from the panel (negative is harsher) and\n'
    '<b>agreement</b> the correlation with the rest of the panel.</p>\n'
    '<h3>7. Export</h3>\n'
    '<p><b>Export result workbook…</b> writes the signed result (.xlsx; signed with this\n'
    "computer's identity if it has one). <b>PDF report…</b> writes the final report, with\n"
    'anonymised comments and winner certificates if you ask for them.</p>':
        (
            '<h2>小组主席指南</h2>\n'
            '<p>小组主席收集每位评委的评分表，逐一核验，并把有效的评分表合并为评审组结果。请使用<b>合并</b>选项卡\n'
            '（Ctrl+2）。</p>\n'
            '<h3>1. 添加文件包和评分表</h3>\n'
            '<p><b>选择文件包…</b>载入评委收到的同一个 .zdxpanel 文件（其中包含评委名单及其公钥）。\n'
            '<b>添加评分表…</b>添加评委的 .xlsx 评分表；也可以把文件拖放到视图中。<b>核验并合并</b>会逐一核验\n'
            '评分表，然后合并有效的评分表。</p>\n'
            '<h3>2. 各状态的含义</h3>\n'
            '<dl>\n'
            '<dt><b>valid（有效）</b></dt><dd>签名正确，评委在名单上，且评分表属于本评审组、本评审框架和本轮次。\n'
            '计入结果。</dd>\n'
            '<dt><b>tampered（已被篡改）</b></dt><dd>工作簿中的数值与评委签名时不同。详情会列出每个被改动的单元格、\n'
            '签名时的内容和现在的内容。不计入结果；请评委重新导出。</dd>\n'
            '<dt><b>bad_signature（签名无效）</b></dt><dd>签名与签署的内容不符：隐藏的签名工作表已损坏或被伪造。\n'
            '不计入结果。</dd>\n'
            '<dt><b>unknown_judge（未知评委）</b></dt><dd>评分表由不在评审组名单上的密钥签署（例如评委新建了身份）。\n'
            '在组织者把该评委卡加入文件包之前，不计入结果。</dd>\n'
            '<dt><b>wrong_panel（评审组不符）</b></dt><dd>评分表属于其他评审组。</dd>\n'
            '<dt><b>wrong_framework（评审框架不符）</b></dt><dd>评分表依据的是其他评审框架或其他版本。</dd>\n'
            '<dt><b>superseded（已被取代）</b></dt><dd>同一评委发来了更新的评分表（序号更大或轮次更晚）；只计最新的一份。'
            '同一评分表的第二份副本（签名的数值相同）也标为已被取代：使用没有警告的那一份。</dd>\n'
            '<dt><b>unreadable（无法读取）</b></dt><dd>不是评分表，或文件损坏、不安全。</dd>\n'
            '</dl>\n'
            '<p>有三种警告不会导致拒收：<b>incomplete</b>（部分指标未评分；这些指标记为缺评，而非零分）、\n'
            '<b>conflict_scored</b>（评委为名单中标记为利益冲突的候选者评了分；这些分数不予计入）和\n'
            '<b>display_altered</b>（数值仍是签名时的数值，但格式会让电子表格程序显示出不同的内容：数字格式、\n'
            '隐藏的行或列、不可见的文字；详情列出相关单元格。合并使用签名的数值；阅读该表时请留意）。'
            '<b>sequence_clash</b> 表示同一评委的两份评分表轮次和序号相同，但签名的数值不同：以较晚导出的一份为准；'
            '请向该评委确认哪一份正确。</p>\n'
            '<h3>3. 合并方法</h3>\n'
            '<p>评委对某位候选者的总分，是其各等级的加权平均，换算到 0 至 100 分，按精确分数计算：相同的总分总是相等。\n'
            '文件包中指定了正式方法；<b>方法</b>列表可并列查看其他方法，<b>把握程度</b>标签页说明评审组能区分和\n'
            '不能区分哪些名次（对评委重抽样 1,000 次）。</p>\n'
            '<ul>\n'
            '<li><b>mean</b>：各评委总分的平均值。</li>\n'
            '<li><b>median</b>：居中的总分；个别评委特别严格或宽松几乎不会影响它。</li>\n'
            '<li><b>trimmed</b>：两端各去掉五分之一的总分后的平均值。</li>\n'
            '<li><b>zscore</b>：先把每位评委的总分统一到共同基准上（严格评委与宽松评委的分数同等计算），\n'
            '再换算回评审组的分数尺度。</li>\n'
            '<li><b>schulze</b>：每位评委的总分形成一个排名；Schulze 投票法把这些排名合并为一个顺序。</li>\n'
            '<li><b>adjusted</b>：根据全部评分估计并去除每位评委的宽严差异；当并非每位评委都为每位候选者评分时\n'
            '（回避、分配评委）使用。</li>\n'
            '</ul>\n'
            '<h3>4. 并列</h3>\n'
            '<p>得分相同的候选者排名相同，并标记为并列。应用从不暗中打破并列：由评审组决定。</p>\n'
            '<h3>5. 分歧</h3>\n'
            '<p><b>分歧</b>选项卡列出需要讨论的内容：评委给出的等级极差达到 2 或以上的指标，以及分数离散程度位于\n'
            '评审组前十分之一的候选者。双击某一行可查看每位评委给出的等级。</p>\n'
            '<h3>6. 信度</h3>\n'
            '<p><b>信度</b>选项卡用通俗的语言说明评委之间的一致程度。\n'
            '<b>Krippendorff α 系数</b>：0.80 及以上表示一致性良好；0.667 至 0.80 只能得出初步结论；低于此值则\n'
            '一致性较弱。<b>ICC(2,1)</b> 衡量绝对一致性，<b>ICC(3,1)</b> 衡量一致性（两者差距较大说明评委主要在\n'
            '宽严程度上存在差异）。<b>Kendall W 系数</b>（0 至 1）表示评委对候选者排序的一致程度。就每位评委而言，\n'
            '<b>宽严度</b>是相对评审组的平均偏差（负值表示更严格），<b>一致性</b>是与其他评委的相关系数。</p>\n'
            '<h3>7. 导出</h3>\n'
            '<p><b>导出结果工作簿…</b>生成已签名的结果（.xlsx；若这台电脑有身份，则用该身份签名）。\n'
            '<b>PDF 报告…</b>生成最终报告，可按需附上匿名评语和获奖证书。</p>'),
    '<h2>Organizer guide</h2>\n'
    '<p>The organizer builds the signed panel package that judges and the chair open, and prints the\n'
    'final report and certificates. Use the <b>Organizer</b> tab (Ctrl+3). Create your own identity\n'
    'first: it signs the package.</p>\n'
    '<h3>1. The framework</h3>\n'
    '<p>The sample framework is loaded by default (clearly labelled as a sample). <b>Choose…</b>\n'
    'loads your own: a framework JSON file, or the spreadsheet template filled in.\n'
    '<b>Save as spreadsheet…</b> writes the current framework as that template, to edit in Excel\n'
    'or LibreOffice. A bad file is refused with the field or cell to fix.</p>\n'
    '<h3>2. The nominees</h3>\n'
    '<p><b>Choose folder…</b> picks a folder with one sub-folder per nominee. Each holds a\n'
    '<b>nominee.json</b> (at least an id and a name; optionally country, category, summary, sections\n'
    "and attachments) and the attachment files it lists. The preview shows each folder's problem, if\n"
    'any.</p>\n'
    '<h3>3. Judges and conflicts</h3>\n'
    "<p><b>Add judge cards…</b> adds the .zdxjudge cards the judges sent you; compare each card's\n"
    'fingerprint with the judge (by phone, for example). Record known conflicts of interest: choose the\n'
    "judge and the nominee and press <b>Add</b>. A judge's scores for a conflicted nominee are left\n"
    'out of the result.</p>\n'
    '<h3>4. Build the package</h3>\n'
    '<p>Set the title, the round and the official method, then <b>Build signed package…</b>. You\n'
    'type your passphrase; the app writes a .zdxpanel signed with your key. Send it to every judge and\n'
    'to the chair. A later round of the same panel replaces the earlier one when opened.</p>\n'
    '<h3>5. Report and certificates</h3>\n'
    '<p>When the chair sends you the result workbook, <b>Print report…</b> turns it into the final\n'
    'PDF report: cover, method, ranking, a page per nominee, reliability and a verification appendix,\n'
    'with a verification code on every page. Choose whether to include anonymised comments and how\n'
    'many winner certificates to print.</p>':
        (
            '<h2>组织者指南</h2>\n'
            '<p>组织者负责生成供评委和小组主席打开的已签名评审组文件包，并打印最终报告和证书。请使用<b>组织者</b>\n'
            '选项卡（Ctrl+3）。请先创建您自己的身份：它用于签署文件包。</p>\n'
            '<h3>1. 评审框架</h3>\n'
            '<p>默认载入示例评审框架（明确标注为示例）。<b>选择…</b>可载入您自己的评审框架：评审框架 JSON 文件，\n'
            '或填写好的电子表格模板。<b>另存为电子表格…</b>把当前评审框架保存为该模板，可在 Excel 或 LibreOffice\n'
            '中编辑。有问题的文件会被拒绝，并指出需要修正的字段或单元格。</p>\n'
            '<h3>2. 候选者</h3>\n'
            '<p><b>选择文件夹…</b>选择一个文件夹，其中每位候选者各有一个子文件夹。每个子文件夹包含一个\n'
            '<b>nominee.json</b>（至少有编号和名称；可选国家/地区、类别、简介、章节和附件）以及其中列出的附件文件。\n'
            '预览会显示各文件夹存在的问题（如有）。</p>\n'
            '<h3>3. 评委与利益冲突</h3>\n'
            '<p><b>添加评委卡…</b>添加评委发给您的 .zdxjudge 评委卡；请与评委本人核对每张卡的指纹（例如通过电话）。\n'
            '记录已知的利益冲突：选择评委和候选者，然后按<b>添加</b>。评委对存在冲突的候选者的评分不计入结果。</p>\n'
            '<h3>4. 生成文件包</h3>\n'
            '<p>设置名称、轮次和正式方法，然后点击<b>生成已签名文件包…</b>。输入口令后，应用会生成一个用您的密钥\n'
            '签名的 .zdxpanel 文件。请发送给每位评委和小组主席。同一评审组的后一轮文件包在打开时会取代前一轮。</p>\n'
            '<h3>5. 报告与证书</h3>\n'
            '<p>小组主席把结果工作簿发给您后，<b>打印报告…</b>会将其生成最终 PDF 报告：封面、方法、排名、每位候选者\n'
            '一页、信度和核验附录，每页都印有核验码。您可以选择是否收录匿名评语，以及打印多少张获奖证书。</p>'),
    '<h2>How to verify a sheet</h2>\n'
    '<h3>What is signed</h3>\n'
    "<p>A score sheet is signed over its <b>values</b>, not over the bytes of the file: the judge's\n"
    'fingerprint, the panel, the framework, the round, the sequence number and every level and comment.\n'
    'The signature sits in a hidden sheet of the workbook.</p>\n'
    '<h3>Opening and re-saving is fine</h3>\n'
    '<p>Because the values are signed, opening the sheet in Excel or LibreOffice and saving it again\n'
    "without changing anything keeps it <b>valid</b>, even though the file's bytes change. Changing any\n"
    'level or comment makes it <b>tampered</b>.</p>\n'
    '<h3>Verify from the command line</h3>\n'
    '<pre>zerodx verify SHEET.xlsx --panel PANEL.zdxpanel</pre>\n'
    '<p>It prints the status, the judge and their fingerprint, the panel, round and sequence number,\n'
    'and any warnings; <tt>--json</tt> prints the same for scripts. The exit code is 0 when the sheet\n'
    'can be used and 1 when it is rejected. Without <tt>--panel</tt> only the signature is checked, not\n'
    'the roster. In the app, the <b>Merge</b> tab verifies every sheet you add.</p>\n'
    '<h3>Tampered: which cells?</h3>\n'
    '<p>A <b>tampered</b> sheet lists each changed cell by name, for example\n'
    "<tt>Scores!G12: signed '3', found '4'</tt>: the cell, what the judge signed and what the file holds\n"
    'now. Ask the judge for a fresh export rather than correcting the cell.</p>\n'
    '<h3>Fingerprints</h3>\n'
    "<p>A fingerprint (like <tt>SHA256:…</tt>, as SSH prints it) identifies a judge's key. The\n"
    'judge sees it in <b>File &gt; My identity</b>; the organizer and the chair see the same one in the\n'
    'package and in the verification details. Compare it once with the judge over a channel you trust\n'
    '(in person or by phone): then a valid sheet really comes from that judge.</p>':
        (
            '<h2>如何核验评分表</h2>\n'
            '<h3>签名的内容</h3>\n'
            '<p>评分表签署的是其中的<b>数值</b>，而不是文件的字节：评委的指纹、评审组、评审框架、轮次、序号以及每个\n'
            '等级和每条评语。签名保存在工作簿的一个隐藏工作表中。</p>\n'
            '<h3>打开后重新保存没有问题</h3>\n'
            '<p>由于签署的是数值，在 Excel 或 LibreOffice 中打开评分表、不做任何修改再保存，即使文件字节发生变化，\n'
            '评分表仍然<b>有效</b>。修改任何等级或评语都会使其变为<b>已被篡改</b>。</p>\n'
            '<h3>用命令行核验</h3>\n'
            '<pre>zerodx verify SHEET.xlsx --panel PANEL.zdxpanel</pre>\n'
            '<p>该命令会输出状态、评委及其指纹、评审组、轮次和序号，以及所有警告；<tt>--json</tt> 以供脚本使用的格式\n'
            '输出相同内容。评分表可用时退出码为 0，被拒收时为 1。不带 <tt>--panel</tt> 时只核验签名，不核对名单。\n'
            '在应用中，<b>合并</b>选项卡会核验您添加的每一份评分表。</p>\n'
            '<h3>已被篡改：哪些单元格？</h3>\n'
            '<p><b>已被篡改</b>的评分表会按名称列出每个被改动的单元格，例如\n'
            "<tt>Scores!G12: signed '3', found '4'</tt>：即单元格、评委签名时的内容和文件中现在的内容。\n"
            '请让评委重新导出，而不要自行更正单元格。</p>\n'
            '<h3>指纹</h3>\n'
            '<p>指纹（形如 <tt>SHA256:…</tt>，与 SSH 显示的格式相同）用于识别评委的密钥。评委可在\n'
            '<b>文件 &gt; 我的身份</b>中看到它；组织者和小组主席在文件包和核验详情中看到的是同一个指纹。请通过您信任的\n'
            '渠道（当面或电话）与评委核对一次：这样，有效的评分表就确实出自该评委。</p>'),
    '<h2>Where your data is</h2>\n'
    '<p>Everything this app keeps is in one folder on this computer:</p>\n'
    '<pre>{home}</pre>\n'
    '<ul>\n'
    '<li><b>store.sqlite</b>: your panels, scores, comments and conflicts, saved as you type.</li>\n'
    '<li><b>backups/</b>: copies of the store, made while you work (at most one every ten minutes)\n'
    'and before every upgrade. The newest ten are kept; older ones are removed, except, for each panel,\n'
    'the copy holding the most scores, every copy made since your last export, and the copies made\n'
    'before an upgrade.</li>\n'
    '<li><b>identity/</b>: your signing key, encrypted with your passphrase, and your public judge\n'
    'card.</li>\n'
    '<li><b>blobs/</b>: the dossier files of the packages you opened.</li>\n'
    '<li><b>logs/</b>: the log file to send with a bug report.</li>\n'
    '</ul>\n'
    '<p><b>Nothing leaves this computer.</b> The app has no network code at all: no updates, no\n'
    'telemetry, no cloud. Files travel only when you send them yourself (your judge card, your score\n'
    'sheet).</p>\n'
    '<p>To move to another computer, copy the whole folder while the app is closed. To use a different\n'
    'folder, start the app with <tt>--home FOLDER</tt> or set <tt>ZERODX_HOME</tt>.</p>':
        (
            '<h2>您的数据在哪里</h2>\n'
            '<p>本应用保存的所有内容都在这台电脑上的一个文件夹中：</p>\n'
            '<pre>{home}</pre>\n'
            '<ul>\n'
            '<li><b>store.sqlite</b>：您的评审组、评分、评语和利益冲突，随输入随保存。</li>\n'
            '<li><b>backups/</b>：存储的副本，在您工作时生成（最多每十分钟一份），每次升级前也会生成。保留最新的十份；'
            '更早的副本会被删除，但始终保留：每个评审组评分最多的那份副本、您上次导出之后生成的所有副本，'
            '以及升级前生成的副本。</li>\n'
            '<li><b>identity/</b>：用您的口令加密的签名密钥，以及您的公开评委卡。</li>\n'
            '<li><b>blobs/</b>：您打开过的文件包中的申报材料文件。</li>\n'
            '<li><b>logs/</b>：提交问题报告时需要附上的日志文件。</li>\n'
            '</ul>\n'
            '<p><b>所有数据都不会离开这台电脑。</b>本应用完全不含网络代码：没有自动更新，没有遥测，没有云端。\n'
            '只有您亲自发送时，文件（您的评委卡、您的评分表）才会传出。</p>\n'
            '<p>如需迁移到另一台电脑，请在应用关闭时复制整个文件夹。如需使用其他文件夹，请用\n'
            '<tt>--home FOLDER</tt> 启动应用，或设置 <tt>ZERODX_HOME</tt>。</p>'),
    '<h2>Keyboard shortcuts</h2><p>Everything in the judge workspace can be done without the mouse. Every change is saved the moment you make it; the status bar says when.</p>': '<h2>键盘快捷键</h2><p>评委工作区中的所有操作都可以不用鼠标完成。每次修改都会立即保存；状态栏会显示保存时间。</p>',
    'Judge guide': '评委指南',
    'Chair guide': '小组主席指南',
    'Organizer guide': '组织者指南',
    'How to verify a sheet': '如何核验评分表',
    'Where your data is': '您的数据在哪里',
    'Keyboard shortcuts': '键盘快捷键',
    "One app for the whole awards panel:<br>• <b>Judge</b>: read each nominee's dossier, score it on the framework and send the organizer your signed score sheet.<br>• <b>Chair</b>: check every judge's sheet and combine them into the panel result (the Merge tab).<br>• <b>Organizer</b>: build the signed panel package and print the final report (the Organizer tab).": '一个应用，服务整个奖项评审组：<br>• <b>评委</b>：阅读每位候选者的申报材料，按评审框架评分，并把已签名的评分表发送给组织者。<br>• <b>小组主席</b>：核验每位评委的评分表，并合并为评审组结果（“合并”选项卡）。<br>• <b>组织者</b>：生成已签名的评审组文件包，并打印最终报告（“组织者”选项卡）。',
})

# ---- UI review fixes (toolbar, criteria tree, footer, merge, organizer) ----------------
ZH.update({
    "Subtotal": "小计",
    "Your level for the criterion (scale {low}–{high})": "您对该评审指标给出的等级（{low}–{high} 级）",
    "The domain's subtotal, from 0 to 100": "该领域的小计，0 至 100",
    "{value} / 100": "{value} / 100",
    "{domain}: {value} / 100": "{domain}：{value} / 100",
    "Judges with the same name:": "同名的评委：",
    "{file}: {name} <{email}> was added with the key {fingerprint}, but {other} is already on the roster with a different key ({fingerprint2}). If this is the same person, remove the card with the old key.":
        "{file}：已添加 {name} <{email}>，密钥为 {fingerprint}；但名单中已有 {other}，其密钥不同（{fingerprint2}）。如果是同一个人，请移除使用旧密钥的评委卡。",
})

# ---- new-user trial fixes (roster warning, done counts, merge duplicates, methods) ------
ZH.update({
    "another sheet from this judge has the same round and sequence but different signed values: ask the judge which one is right":
        "该评委的另一份评分表轮次和序号相同，但签名的数值不同：请向该评委确认哪一份是正确的",
    "No judge identity on this computer yet: create one (File ▸ My identity) and send your judge card to the organizer, or the chair will reject your sheet.":
        "这台电脑上还没有评委身份：请创建一个（文件 ▸ 我的身份），并把您的评委卡发送给组织者，否则小组主席会拒收您的评分表。",
    "Your key ({fp}) is not on this panel's roster: the chair will reject your sheet. Send your judge card (File ▸ My identity) to the organizer.":
        "您的密钥（{fp}）不在本评审组的名单上：小组主席会拒收您的评分表。请把您的评委卡（文件 ▸ 我的身份）发送给组织者。",
    "The organizer adds your card to the panel and sends you an updated package; open it here and your scores are kept. You can score meanwhile.":
        "组织者把您的评委卡加入评审组后，会发给您一个更新的文件包；在这里打开它，您已有的评分都会保留。在此期间您可以照常评分。",
    "Roster warning": "名单提醒",
    "My identity…": "我的身份…",
    "Create your identity or save your judge card to send to the organizer":
        "创建您的身份，或保存您的评委卡以发送给组织者",
    "You are not on this panel's roster yet": "您还不在本评审组的名单上",
    "Your key is not on this panel's roster: see the note above the nominee list.":
        "您的密钥不在本评审组的名单上：请查看候选者列表上方的提示。",
    "Exported {name} ({done}/{total} done)": "已导出 {name}（已完成 {done}/{total}）",
    "Your signed score sheet is saved ({done} of {total} criteria done).":
        "已保存您签名的评分表（{total} 项评审指标中已完成 {done} 项）。",
    "Median": "中位数",
    "Trimmed mean": "截尾平均",
    "Z-score": "Z 分数",
    "Schulze": "Schulze 法",
})

# ---- The chain of trust: chairs, draft reports ------------------------------------------
ZH.update({
    "Draft": "草稿",
    "Print a result that is not signed by a chair (or not signed at all), every page marked DRAFT — NOT VERIFIED. Without it such a result is refused.":
        "打印未由小组主席签名（或完全未签名）的结果，每一页都标注“DRAFT — NOT VERIFIED”（草稿——未经验证）。不勾选时，此类结果会被拒绝。",
    "Draft report saved (every page marked DRAFT — NOT VERIFIED): {path}":
        "草稿报告已保存（每一页都标注“DRAFT — NOT VERIFIED”）：{path}",
    "Add chair cards…": "添加小组主席卡…",
    "Cards (.zdxjudge) of the people who may sign the panel's result, besides you: a report is final only from a result a chair or the organizer signed":
        "除您之外，可以为评审结果签名的人的卡片（.zdxjudge）：只有小组主席或组织者签名的结果才能出具正式报告",
    "Clear chairs": "清除小组主席",
    "Remove the chairs added (you stay one)": "移除已添加的小组主席（您仍是小组主席）",
    "Chairs: you (the organizer)": "小组主席：您（组织者）",
    "Add chair cards": "添加小组主席卡",
    "Chairs": "小组主席",
    "Some chair cards were not added:": "部分小组主席卡未能添加：",
    "No final PDF report from this result: it is {status} ({reason}).":
        "此结果不能出具正式 PDF 报告：其状态为 {status}（{reason}）。",
})
# ---- a judge's laptop: partial totals, the PDF reader, names for screen readers --------
ZH.update({
    "Total: {total} &nbsp;·&nbsp; {done}/{count} criteria complete":
        "总分：{total} &nbsp;·&nbsp; 已完成 {done}/{count} 项评审指标",
    "Total: {total}": "总分：{total}",
    "\u2014 ({done} of {count} criteria complete)": "\u2014（{count} 项评审指标中已完成 {done} 项）",
    "\u2014 ({done} of {count})": "\u2014（{done}/{count}）",
    "Partial: {value} / 100 so far, from {done} of {count} criteria complete":
        "尚未完成：目前为 {value} / 100，{count} 项评审指标中已完成 {done} 项",
    "Recused: not scored ({count} criteria)": "已回避：不评分（共 {count} 项评审指标）",
    "Open in a separate window": "在单独的窗口中打开",
    "Open in the system viewer": "用系统查看器打开",
    "searching…": "正在搜索…",
    "Exported": "已导出",
    "Verification details of the selected sheet": "所选评分表的核验详情",
    "Levels by judge and criterion": "各评委在各评审指标上的等级",
    "Comments (anonymised)": "评语（匿名）",
    "Certificates": "证书",
    "Scores to discuss": "需讨论的评分",
    "Agreement by judge": "各评委的一致性",
    "Agreement by criterion": "各评审指标的一致性",
    "Panel package saved: {path}\n{nominees}, {judges}, {conflicts}, method {method}, round {round}\nSigned by {organizer}, organizer fingerprint {fingerprint}":
        "评审组文件包已保存：{path}\n{nominees}，{judges}，{conflicts}，方法 {method}，第 {round} 轮\n签名者 {organizer}，组织者指纹 {fingerprint}",
    "1 nominee": "1 位候选者",
    "{n} nominees": "{n} 位候选者",
    "1 conflict": "1 项利益冲突",
    "{n} conflicts": "{n} 项利益冲突",
})
ZH.update({"This nominee has no attachments.": "该候选者没有附件。"})

# ---- Recovery and audit privacy: restore, edit history ------------------------------------
ZH.update({
    "Include my &edit history": "包含我的修改历史(&E)",
    "Include my edit history": "包含我的修改历史",
    "Unticked, the sheet shows only how many changes you made and when (with the audit chain's hash), not your earlier scores and comments. Tick it to send the whole history to the chair.":
        "不勾选时，评分表只显示您修改的次数和时间（以及审计链的哈希值），不包含您之前的评分和评语。勾选后，完整历史会发送给小组主席。",
    "Edit history problem": "修改历史有问题",
    "I know my edit history was changed outside the app; export anyway (the chair sees the warning audit_broken)":
        "我知道我的修改历史在本应用之外被更改过；仍然导出（小组主席会看到警告 audit_broken）",
    "Your edit history (audit chain) was changed outside the app:":
        "您的修改历史（审计链）在本应用之外被更改过：",
    "Restore a backup from before the change (File ▸ Restore from backup…), or export anyway.":
        "请恢复更改之前的备份（文件 ▸ 从备份恢复…），或仍然导出。",
    "&Restore from backup…": "从备份恢复(&R)…",
    "Put an earlier copy of your scores back (the current one is kept)":
        "恢复您评分的较早副本（当前副本会保留）",
    "Read-only: changes cannot be saved here": "只读：此处无法保存更改",
    "The data folder {home} was moved or deleted while the app was open: nothing more can be saved.\n\nPut the folder back, or quit and start the app again (it offers to restore the newest backup).":
        "应用打开期间，数据文件夹 {home} 被移动或删除：无法再保存任何内容。\n\n请把文件夹放回原处，或退出后重新启动应用（它会提示恢复最新的备份）。",
    "Checking your edit history": "正在检查您的修改历史",
    "{app_name}: edit history changed": "{app_name}：修改历史已被更改",
    "Your scores or their edit history (audit chain) were changed outside the app:\n{rows}{more}\n\nRestore a backup from before the change (File ▸ Restore from backup…). Exporting needs you to acknowledge this, and the chair will see it.":
        "您的评分或其修改历史（审计链）在本应用之外被更改过：\n{rows}{more}\n\n请恢复更改之前的备份（文件 ▸ 从备份恢复…）。导出前需要您确认此情况，小组主席也会看到。",
    "{app_name}: not restored": "{app_name}：未恢复",
    "Restored {name} ({what})": "已恢复 {name}（{what}）",
    "Restore from backup": "从备份恢复",
    "Copies of your store, newest first. Restoring puts the chosen copy back; the current store is kept beside it (store-replaced-….sqlite), so nothing is thrown away.":
        "您的数据存储副本，最新的在前。恢复会放回所选副本；当前存储会保留在旁边（store-replaced-….sqlite），因此不会丢失任何内容。",
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
})
# issue 14: exact statistics, uncertainty and the adjusted method
ZH.update({
    "Trimmed mean (20% trimmed from each end)": "截尾平均（两端各截去 20%）",
    "Adjusted (each judge's severity removed by least squares)":
        "宽严校正（以最小二乘法去除每位评委的宽严差异）",
    "Adjusted": "宽严校正",
    "First": "夺冠比例",
    "Ranks (90%)": "名次区间（90%）",
    "Share of resamples of the judges in which the nominee ranks first (nominees tied for "
    "first share it); official method only":
        "在评委重抽样中该候选者排名第一的比例（并列第一者均分）；仅限正式方法",
    "The places the nominee takes in 90% of resamples of the judges: overlapping ranges "
    "cannot be told apart": "在 90% 的评委重抽样中该候选者所处的名次：区间重叠者无法区分",
    "How sure": "把握程度",
    "ICC(2,k) (the panel average):": "ICC(2,k)（评审组平均分）：",
    "What the panel can tell apart: {notes}": "评审组能区分的名次：{notes}",
    "Merge the sheets to see which places the panel can tell apart.":
        "合并评分表后可查看评审组能区分哪些名次。",
    "The judges were resampled {n} times and the nominees ranked again by the official "
    "method each time. Bar: the places a nominee takes in 90% of the resamples; dot: its "
    "official rank. Overlapping bars are places the panel cannot tell apart.":
        "对评委进行了 {n} 次重抽样，每次都按正式方法重新排名。条形：候选者在 90% 的重抽样中"
        "所处的名次；圆点：其正式名次。条形重叠的名次评审组无法区分。",
    "How sure the ranking is could not be estimated: {why}.": "无法估计排名的把握程度：{why}。",
    "Not every judge scored every nominee: a ring marks the rank adjusted for each judge's "
    "severity.": "并非每位评委都为每位候选者评分：圆环标出按每位评委的宽严差异校正后的名次。",
})


# ---- warnings on a sheet (codes the engine adds) ----------------------------------------
ZH.update({
    "the judge exported knowing that the sheet's edit history was altered":
        "评委在明知评分表的编辑历史被改动的情况下导出了该表",
    "the judge's key was not checked against a panel roster": "评委的密钥未与评审组名单核对",
    "Certificates saved: {path}": "证书已保存：{path}",
})

ZH.update({"not assigned to you": "未分配给您"})

# the How sure tab by award category (each category's own bootstrap)
ZH.update({
    "Award category": "奖项类别",
    "Whole panel": "整个评审组",
    "Category: {category}": "类别：{category}",
    "{category}: the judges were resampled {n} times and this category's nominees ranked "
    "again among themselves by the official method each time. Bar: the places a nominee "
    "takes in 90% of the resamples; dot: its rank in the category.":
        "{category}：对评委重抽样 {n} 次，每次按正式方法仅在该类别的候选者之间重新排名。"
        "条形：候选者在 90% 的重抽样中所处的名次范围；圆点：其在该类别中的名次。",
    "{category}: how sure the ranking is could not be estimated: {why}.":
        "{category}：无法估计排名的把握程度：{why}。",
    "the category has no nominees in this result": "该类别在本结果中没有候选者",
})

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: the user interface</source>
        <translation>Qt for Python：用户界面</translation>
    </message>
    <message>
        <source>PDF viewer for dossiers and reports</source>
        <translation>申报材料与报告的 PDF 查看器</translation>
    </message>
    <message>
        <source>Qt for Python's binding layer</source>
        <translation>Qt for Python 的绑定层</translation>
    </message>
    <message>
        <source>the local store (SQLite)</source>
        <translation>本地存储（SQLite）</translation>
    </message>
    <message>
        <source>score sheets and result workbooks (.xlsx)</source>
        <translation>评分表与结果工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>safe reading of spreadsheet XML</source>
        <translation>安全读取电子表格 XML</translation>
    </message>
    <message>
        <source>PDF report and certificates</source>
        <translation>PDF 报告与证书</translation>
    </message>
    <message>
        <source>Ed25519 signatures</source>
        <translation>Ed25519 签名</translation>
    </message>
    <message>
        <source>passphrase protection of the signing key</source>
        <translation>用口令保护签名密钥</translation>
    </message>
    <message>
        <source>checking framework and panel files</source>
        <translation>校验评审框架与评审组文件</translation>
    </message>
    <message>
        <source>the default data folder</source>
        <translation>默认数据文件夹</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计计算</translation>
    </message>
    <message>
        <source>joined Arabic letters in PDFs</source>
        <translation>PDF 中阿拉伯字母连写</translation>
    </message>
    <message>
        <source>right-to-left text order in PDFs</source>
        <translation>PDF 中从右到左文字的排列顺序</translation>
    </message>
    <message>
        <source>the Qt libraries PySide6 ships</source>
        <translation>PySide6 附带的 Qt 库</translation>
    </message>
    <message>
        <source>font in reports and the UI</source>
        <translation>报告与界面所用字体</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Offline judging for awards panels: score, sign, merge, report. Nothing leaves this computer: the app never uses the network.</source>
        <translation>面向奖项评审组的离线评审工具：评分、签名、合并、出具报告。所有数据都不会离开这台电脑：本应用从不使用网络。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Where this app keeps your panels, scores, identity, backups and logs</source>
        <translation>本应用保存评审组、评分、身份、备份和日志的位置</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>在文件管理器中显示数据文件夹</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>运行环境：</translation>
    </message>
    <message>
        <source>Licences of bundled components</source>
        <translation>随附组件的许可证</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>needed by {name}</source>
        <translation>{name} 所需</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>GPL: distributing the app means offering its source under the GPL too.</source>
        <translation>GPL：分发本应用时也须按 GPL 提供其源代码。</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3. The full licence texts of the fonts are in the fonts folder of the app's resources.</source>
        <translation>Qt 与 PySide6 按 GNU LGPL 第 3 版使用。字体许可证全文位于应用资源的 fonts 文件夹中。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the version, folder and licences (for a bug report)</source>
        <translation>复制版本、数据文件夹和许可证信息（用于问题报告）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Licences of bundled components:</source>
        <translation>随附组件的许可证：</translation>
    </message>
</context>
<context>
    <name>AssignmentMatrixModel</name>
    <message>
        <source>Conflict: {reason}</source>
        <translation>利益冲突：{reason}</translation>
    </message>
    <message>
        <source>declared by the organizer</source>
        <translation>由组织者声明</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>{name}: {n} judges assigned</source>
        <translation>{name}：已分配 {n} 位评委</translation>
    </message>
    <message>
        <source>{judge} (load {n})</source>
        <translation>{judge}（负担 {n}）</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <source>Your signing key stays the same (and so do your fingerprint and judge card); only the passphrase that protects it on this computer changes.</source>
        <translation>您的签名密钥保持不变（指纹和评委卡也不变）；只更改在这台电脑上保护它的口令。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前口令(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>请输入当前口令。</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>正在更改口令</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing was changed. Type it again.</source>
        <translation>当前口令错误，未做任何更改。请重新输入。</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>recused (conflict)</source>
        <translation>已回避（利益冲突）</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Missing comments</source>
        <translation>缺少的评语</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <source>You will not score &lt;b&gt;{nominee}&lt;/b&gt;: its scoring is locked and it counts as recused in your score sheet. Say briefly why (the panel chair sees it).</source>
        <translation>您将不对 &lt;b&gt;{nominee}&lt;/b&gt; 评分：其评分将被锁定，并在您的评分表中记为回避。请简要说明原因（小组主席可以看到）。</translation>
    </message>
    <message>
        <source>Reason for the conflict</source>
        <translation>利益冲突的原因</translation>
    </message>
    <message>
        <source>e.g. I advised this organisation in 2023</source>
        <translation>例如：我在 2023 年曾为该机构担任顾问</translation>
    </message>
    <message>
        <source>Declare conflict</source>
        <translation>声明冲突</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app_name}: unexpected error</source>
        <translation>{app_name}：意外错误</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside ZeroDX Desktop. Your scores are safe: every edit was saved when it was made.
Please send the details below to the panel chair or the developers.</source>
        <translation>ZeroDX Desktop 内部出现问题。您的评分是安全的：每次修改在做出时都已保存。
请把下面的详细信息发送给小组主席或开发人员。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>DesignMatrixModel</name>
    <message>
        <source>assigned and scored</source>
        <translation>已分配并已评分</translation>
    </message>
    <message>
        <source>assigned, not scored</source>
        <translation>已分配但未评分</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>recused (conflict)</source>
        <translation>已回避（利益冲突）</translation>
    </message>
    <message>
        <source>{name}: scored by {n} judges</source>
        <translation>{name}：{n} 位评委已评分</translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <source>Nominee</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审指标</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>极差</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
</context>
<context>
    <name>DomainChart</name>
    <message>
        <source>No domain scores</source>
        <translation>暂无领域得分</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Dossier narrative</source>
        <translation>申报材料正文</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>正文(&amp;N)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>This nominee has no attachments.</source>
        <translation>该候选者没有附件。</translation>
    </message>
    <message>
        <source>Choose an attachment.</source>
        <translation>请选择一个附件。</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Open the attachment with the system viewer</source>
        <translation>用系统查看器打开该附件</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <source>{title}  ({file}, {size} KB)</source>
        <translation>{title}  （{file}，{size} KB）</translation>
    </message>
    <message>
        <source>&amp;Attachments ({n_attachments})</source>
        <translation>附件（{n_attachments}）(&amp;A)</translation>
    </message>
    <message>
        <source>{file}: this PDF cannot be shown. Press Enter on it to try the system viewer.</source>
        <translation>{file}：无法显示此 PDF。在其上按 Enter 可尝试用系统查看器打开。</translation>
    </message>
    <message>
        <source>{file}: cannot be read from the store ({exc}).</source>
        <translation>{file}：无法从存储中读取（{exc}）。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Export your signed score sheet</source>
        <translation>导出已签名的评分表</translation>
    </message>
    <message>
        <source>&amp;Export signed sheet…</source>
        <translation>导出已签名评分表(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>评审组</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>评审组：</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>评委：</translation>
    </message>
    <message>
        <source>Completeness per nominee</source>
        <translation>各候选者的完成情况</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase to sign:</source>
        <translation>签名口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Include my &amp;edit history</source>
        <translation>包含我的修改历史(&amp;E)</translation>
    </message>
    <message>
        <source>Include my edit history</source>
        <translation>包含我的修改历史</translation>
    </message>
    <message>
        <source>Unticked, the sheet shows only how many changes you made and when (with the audit chain's hash), not your earlier scores and comments. Tick it to send the whole history to the chair.</source>
        <translation>不勾选时，评分表只显示您修改的次数和时间（以及审计链的哈希值），不包含您之前的评分和评语。勾选后，完整历史会发送给小组主席。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Edit history problem</source>
        <translation>修改历史有问题</translation>
    </message>
    <message>
        <source>I know my edit history was changed outside the app; export anyway (the chair sees the warning audit_broken)</source>
        <translation>我知道我的修改历史在本应用之外被更改过；仍然导出（小组主席会看到警告 audit_broken）</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>导出的文件</translation>
    </message>
    <message>
        <source>Export number</source>
        <translation>导出序号</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export number:</source>
        <translation>导出序号：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Send this file to the chair. If you export again later, the chair uses the sheet with the highest export number. The SHA-256 lets you both check that the file arrived unchanged.</source>
        <translation>请把此文件发送给小组主席。如果之后再次导出，小组主席将采用导出序号最大的评分表。双方可用 SHA-256 核对文件在传输中未被改动。</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>在文件夹中显示(&amp;S)</translation>
    </message>
    <message>
        <source>Open the folder that holds the exported sheet</source>
        <translation>打开存放导出评分表的文件夹</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>复制 SHA-256(&amp;2)</translation>
    </message>
    <message>
        <source>Copy the sheet's SHA-256 so the chair can check it is the file you sent</source>
        <translation>复制评分表的 SHA-256，供小组主席核对收到的正是您发送的文件</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>This computer has no judge identity yet: create one (Identity page) before exporting.</source>
        <translation>这台电脑上还没有评委身份：请先在“身份”页面创建身份，然后再导出。</translation>
    </message>
    <message>
        <source>Your key ({fp}) is not on this panel's roster: the chair would reject the sheet. Send your judge card to the organizer.</source>
        <translation>您的密钥（{fp}）不在本评审组的名单上：小组主席将拒收该评分表。请把您的评委卡发送给组织者。</translation>
    </message>
    <message>
        <source>{title} (round {round}, {id}); framework {fw} {ver}</source>
        <translation>{title}（第 {round} 轮，{id}）；评审框架 {fw} {ver}</translation>
    </message>
    <message>
        <source>no panel is open</source>
        <translation>未打开评审组</translation>
    </message>
    <message>
        <source>no identity</source>
        <translation>无身份</translation>
    </message>
    <message>
        <source>Your edit history (audit chain) was changed outside the app:</source>
        <translation>您的修改历史（审计链）在本应用之外被更改过：</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <source>Restore a backup from before the change (File ▸ Restore from backup…), or export anyway.</source>
        <translation>请恢复更改之前的备份（文件 ▸ 从备份恢复…），或仍然导出。</translation>
    </message>
    <message>
        <source>{n} criterion unscored</source>
        <translation>{n} 项指标未评分</translation>
    </message>
    <message>
        <source>{n} criteria unscored</source>
        <translation>{n} 项指标未评分</translation>
    </message>
    <message>
        <source> in {n} nominee</source>
        <translation>（涉及 {n} 位候选者）</translation>
    </message>
    <message>
        <source> in {n} nominees</source>
        <translation>（涉及 {n} 位候选者）</translation>
    </message>
    <message>
        <source>{n} required comment missing</source>
        <translation>缺少 {n} 条必填评语</translation>
    </message>
    <message>
        <source>{n} required comments missing</source>
        <translation>缺少 {n} 条必填评语</translation>
    </message>
    <message>
        <source>({n} nominee recused.)</source>
        <translation>（已回避 {n} 位候选者。）</translation>
    </message>
    <message>
        <source>({n} nominees recused.)</source>
        <translation>（已回避 {n} 位候选者。）</translation>
    </message>
    <message>
        <source>Everything is scored and every required comment is written.</source>
        <translation>所有指标均已评分，所有必填评语均已填写。</translation>
    </message>
    <message>
        <source> — you can still export; the chair will see the sheet as incomplete.</source>
        <translation> — 仍可导出；小组主席会看到该评分表未完成。</translation>
    </message>
    <message>
        <source>Type your passphrase to sign the sheet.</source>
        <translation>请输入口令以签署评分表。</translation>
    </message>
    <message>
        <source>Save your signed score sheet</source>
        <translation>保存已签名的评分表</translation>
    </message>
    <message>
        <source>Unlocking your signing key…</source>
        <translation>正在解锁签名密钥…</translation>
    </message>
    <message>
        <source>Writing and signing the sheet…</source>
        <translation>正在写入并签署评分表…</translation>
    </message>
    <message>
        <source>Exporting your score sheet</source>
        <translation>正在导出评分表</translation>
    </message>
    <message>
        <source>Your signed score sheet is saved ({done} of {total} criteria done).</source>
        <translation>已保存您签名的评分表（{total} 项评审指标中已完成 {done} 项）。</translation>
    </message>
    <message>
        <source>Wrong passphrase: the sheet was not exported. Type it again.</source>
        <translation>口令错误：评分表未导出。请重新输入。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{app} help</source>
        <translation>{app} 帮助</translation>
    </message>
    <message>
        <source>Help pages</source>
        <translation>帮助页面</translation>
    </message>
    <message>
        <source>Choose a page of the guide</source>
        <translation>选择指南中的页面</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>帮助正文</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>关闭指南</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>this guide</source>
        <translation>本指南</translation>
    </message>
    <message>
        <source>open a panel package</source>
        <translation>打开评审组文件包</translation>
    </message>
    <message>
        <source>previous / next criterion</source>
        <translation>上一项 / 下一项指标</translation>
    </message>
    <message>
        <source>choose that level (on the framework's scale)</source>
        <translation>选择该等级（按评审框架的等级量表）</translation>
    </message>
    <message>
        <source>clear the level</source>
        <translation>清除等级</translation>
    </message>
    <message>
        <source>write the comment (justification)</source>
        <translation>填写评语（理由）</translation>
    </message>
    <message>
        <source>next criterion (from the comment too)</source>
        <translation>下一项指标（在评语中也可用）</translation>
    </message>
    <message>
        <source>previous criterion (from the comment too)</source>
        <translation>上一项指标（在评语中也可用）</translation>
    </message>
    <message>
        <source>back from the comment to the criteria</source>
        <translation>从评语返回指标列表</translation>
    </message>
    <message>
        <source>next / previous nominee</source>
        <translation>下一位 / 上一位候选者</translation>
    </message>
    <message>
        <source>next unscored criterion</source>
        <translation>下一项未评分的指标</translation>
    </message>
    <message>
        <source>filter the nominees</source>
        <translation>筛选候选者</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <source>declare a conflict of interest</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <source>overview of all nominees</source>
        <translation>所有候选者总览</translation>
    </message>
    <message>
        <source>export your signed score sheet</source>
        <translation>导出已签名的评分表</translation>
    </message>
    <message>
        <source>print your scorecard (PDF)</source>
        <translation>打印您的评分卡（PDF）</translation>
    </message>
    <message>
        <source>Judge workspace, Merge, Organizer</source>
        <translation>评委工作区、合并、组织者</translation>
    </message>
    <message>
        <source>quit (everything is already saved)</source>
        <translation>退出（所有内容均已保存）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Judge guide&lt;/h2&gt;
&lt;p&gt;You score each nominee on every criterion of the framework, explain your scores, and send
the organizer a &lt;b&gt;signed score sheet&lt;/b&gt;. Everything happens on this computer; you need no
network.&lt;/p&gt;
&lt;h3&gt;1. Your identity&lt;/h3&gt;
&lt;p&gt;The first time, choose &lt;b&gt;Create my judge identity&lt;/b&gt; on the welcome page (or
&lt;b&gt;File &amp;gt; My identity&lt;/b&gt;). You type your name, your e-mail and a passphrase; the app makes a
signing key that never leaves this computer. Save your &lt;b&gt;judge card&lt;/b&gt; (.zdxjudge) and send it
to the organizer, who adds you to the panel. Keep the passphrase: nobody can recover it.&lt;/p&gt;
&lt;h3&gt;2. Open the panel package&lt;/h3&gt;
&lt;p&gt;The organizer sends you a &lt;b&gt;.zdxpanel&lt;/b&gt; file. Use &lt;b&gt;File &amp;gt; Open panel package&lt;/b&gt;
(Ctrl+O) or drop it onto the window. The app checks the organizer's signature and every dossier
file before it shows anything.&lt;/p&gt;
&lt;h3&gt;3. Read the dossiers&lt;/h3&gt;
&lt;p&gt;The nominee list is on the left (Ctrl+F filters it). The middle shows the nominee's dossier:
the narrative sections and the attachments. PDFs open inside the app with page navigation, zoom
and search; images are shown scaled.&lt;/p&gt;
&lt;h3&gt;4. Score with the keyboard&lt;/h3&gt;
&lt;p&gt;In the scoring pane on the right, Up/Down (or K/J) move between criteria and a number key
chooses that level; 0 or Delete clears it. Tab goes to the comment; Ctrl+Enter moves on to the
next criterion. PageDown/PageUp change nominee; Ctrl+N jumps to the next criterion still to
score. The level cards show what each level means for that criterion.&lt;/p&gt;
&lt;h3&gt;5. Comments&lt;/h3&gt;
&lt;p&gt;Your comment justifies the score. Some levels (often the lowest and the highest) need a
comment: the framework says which, and the export counts the ones still missing. The chair may
include comments, anonymised, in the final report.&lt;/p&gt;
&lt;h3&gt;6. Conflicts of interest&lt;/h3&gt;
&lt;p&gt;If you know a nominee too well to judge it fairly, press Ctrl+D (&lt;b&gt;Edit &amp;gt; Declare
conflict&lt;/b&gt;) and give the reason. You are then recused: your sheet carries no score for that
nominee and the panel result leaves you out of it (missing, never zero).
&lt;b&gt;Edit &amp;gt; Withdraw conflict&lt;/b&gt; undoes a declaration you made by mistake.&lt;/p&gt;
&lt;h3&gt;7. Autosave and undo&lt;/h3&gt;
&lt;p&gt;Every level and comment is saved the moment you make it; the status bar says when. If a save
ever fails, the status bar says &lt;b&gt;NOT SAVED&lt;/b&gt; in red and your edit stays on screen. Ctrl+Z and
Ctrl+Shift+Z undo and redo. Ctrl+Shift+O shows the overview of all nominees.&lt;/p&gt;
&lt;h3&gt;8. Export your sheet&lt;/h3&gt;
&lt;p&gt;Ctrl+E (&lt;b&gt;File &amp;gt; Export score sheet&lt;/b&gt;) shows what is still unscored, asks for your
passphrase and writes a signed &lt;b&gt;.xlsx&lt;/b&gt; sheet. You may export an incomplete sheet; each new
export gets a higher sequence number and replaces the older one at the chair. Send the file by
any channel (e-mail, USB stick). Ctrl+P prints your own scorecard as a PDF.&lt;/p&gt;
&lt;p&gt;See also &lt;a href="help:verify"&gt;How to verify a sheet&lt;/a&gt; and
&lt;a href="help:keys"&gt;Keyboard shortcuts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;评委指南&lt;/h2&gt;
&lt;p&gt;您需要按评审框架的每一项指标为每位候选者评分，说明评分理由，并把&lt;b&gt;已签名的评分表&lt;/b&gt;发送给组织者。
所有操作都在这台电脑上完成，无需联网。&lt;/p&gt;
&lt;h3&gt;1. 您的身份&lt;/h3&gt;
&lt;p&gt;首次使用时，请在欢迎页面选择&lt;b&gt;创建我的评委身份&lt;/b&gt;（或&lt;b&gt;文件 &amp;gt; 我的身份&lt;/b&gt;）。输入您的姓名、
电子邮箱和口令后，应用会生成一个永远不会离开这台电脑的签名密钥。请保存您的&lt;b&gt;评委卡&lt;/b&gt;（.zdxjudge）
并发送给组织者，由组织者把您加入评审组。请牢记口令：任何人都无法找回。&lt;/p&gt;
&lt;h3&gt;2. 打开评审组文件包&lt;/h3&gt;
&lt;p&gt;组织者会发给您一个 &lt;b&gt;.zdxpanel&lt;/b&gt; 文件。使用&lt;b&gt;文件 &amp;gt; 打开评审组文件包&lt;/b&gt;（Ctrl+O），
或把文件拖放到窗口中。应用会先核验组织者的签名和每一份申报材料文件，然后才显示内容。&lt;/p&gt;
&lt;h3&gt;3. 阅读申报材料&lt;/h3&gt;
&lt;p&gt;候选者列表位于左侧（按 Ctrl+F 筛选）。中间显示候选者的申报材料：正文章节和附件。PDF 在应用内打开，
可翻页、缩放和搜索；图片按比例缩放显示。&lt;/p&gt;
&lt;h3&gt;4. 用键盘评分&lt;/h3&gt;
&lt;p&gt;在右侧的评分面板中，用上/下方向键（或 K/J）在指标之间移动，按数字键选择相应等级；按 0 或 Delete
清除等级。按 Tab 进入评语；按 Ctrl+Enter 转到下一项指标。PageDown/PageUp 切换候选者；Ctrl+N
跳到下一项尚未评分的指标。等级卡片显示每个等级在该指标下的含义。&lt;/p&gt;
&lt;h3&gt;5. 评语&lt;/h3&gt;
&lt;p&gt;评语用于说明评分理由。某些等级（通常是最低和最高等级）必须填写评语：评审框架规定了哪些等级需要，
导出时会统计仍缺少的评语。小组主席可能会在最终报告中匿名收录评语。&lt;/p&gt;
&lt;h3&gt;6. 利益冲突&lt;/h3&gt;
&lt;p&gt;如果您与某位候选者关系过密、难以公正评审，请按 Ctrl+D（&lt;b&gt;编辑 &amp;gt; 声明利益冲突&lt;/b&gt;）并说明原因。
您将因此回避：您的评分表中不含该候选者的分数，评审组结果也不计入您的评分（记为缺评，绝不记为零分）。
&lt;b&gt;编辑 &amp;gt; 撤回利益冲突&lt;/b&gt;可撤销误操作的声明。&lt;/p&gt;
&lt;h3&gt;7. 自动保存与撤销&lt;/h3&gt;
&lt;p&gt;每个等级和每条评语在您输入时即已保存；状态栏会显示保存时间。如果保存失败，状态栏会以红色显示
&lt;b&gt;未保存&lt;/b&gt;，您的修改仍保留在屏幕上。Ctrl+Z 和 Ctrl+Shift+Z 用于撤销和重做。Ctrl+Shift+O
显示所有候选者的总览。&lt;/p&gt;
&lt;h3&gt;8. 导出评分表&lt;/h3&gt;
&lt;p&gt;按 Ctrl+E（&lt;b&gt;文件 &amp;gt; 导出评分表&lt;/b&gt;）会列出尚未评分的内容，要求输入口令，并生成一份已签名的
&lt;b&gt;.xlsx&lt;/b&gt; 评分表。您可以导出未完成的评分表；每次新导出的序号都会增加，并在小组主席处取代旧的一份。
文件可通过任何方式发送（电子邮件、U 盘）。Ctrl+P 可把您自己的评分卡打印为 PDF。&lt;/p&gt;
&lt;p&gt;另请参阅&lt;a href="help:verify"&gt;如何核验评分表&lt;/a&gt;和
&lt;a href="help:keys"&gt;键盘快捷键&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Chair guide&lt;/h2&gt;
&lt;p&gt;The panel chair collects every judge's score sheet, checks it and combines the valid ones into
the panel result. Use the &lt;b&gt;Merge&lt;/b&gt; tab (Ctrl+2).&lt;/p&gt;
&lt;h3&gt;1. Add the package and the sheets&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Choose package…&lt;/b&gt; loads the same .zdxpanel the judges received (it holds the roster
of judges and their public keys). &lt;b&gt;Add sheets…&lt;/b&gt; adds the judges' .xlsx sheets; you can
also drop files onto the view. &lt;b&gt;Verify and merge&lt;/b&gt; checks every sheet, then combines the
valid ones.&lt;/p&gt;
&lt;h3&gt;2. What each status means&lt;/h3&gt;
&lt;dl&gt;
&lt;dt&gt;&lt;b&gt;valid&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The signature is correct, the judge is on the roster and the sheet
belongs to this panel, framework and round. It counts.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;tampered&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;Values in the workbook differ from what the judge signed. The
details name each changed cell, what was signed and what is there now. It does not count; ask
the judge to export again.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;bad_signature&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The signature does not match the signed content: the hidden
signature sheet was damaged or forged. It does not count.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unknown_judge&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet was signed by a key that is not on the panel's
roster (for example a judge who made a new identity). It does not count until the organizer adds
that judge card to the package.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_panel&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet belongs to another panel.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_framework&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet was scored against another framework or another
version of it.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;superseded&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The same judge sent a newer sheet (a higher sequence number or a
later round); only the newest counts. A second copy of the same sheet (the same signed values) is
also superseded: the copy without warnings is used.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unreadable&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;Not a score sheet, or a corrupt or unsafe file.&lt;/dd&gt;
&lt;/dl&gt;
&lt;p&gt;Three warnings do not reject a sheet: &lt;b&gt;incomplete&lt;/b&gt; (some criteria were left unscored; they
are missing, not zero), &lt;b&gt;conflict_scored&lt;/b&gt; (the judge scored a nominee the roster marks as
a conflict; those scores are left out) and &lt;b&gt;display_altered&lt;/b&gt; (the values are the signed ones,
but formatting makes a spreadsheet program show them differently: a number format, hidden rows or
columns, invisible text; the details name the cells. The merge uses the signed values; read the
sheet with care). &lt;b&gt;sequence_clash&lt;/b&gt; marks two sheets of one judge with the same round and
sequence number but different signed values: the later export counts; ask the judge which is
right.&lt;/p&gt;
&lt;h3&gt;3. Methods&lt;/h3&gt;
&lt;p&gt;A judge's total for a nominee is the weighted mean of their levels, on a scale of 0 to 100,
computed exactly: equal totals are always equal. The package names the official method; the
&lt;b&gt;Method&lt;/b&gt; list shows the others side by side, and the &lt;b&gt;How sure&lt;/b&gt; tab shows which places
the panel can and cannot tell apart (the judges resampled 1,000 times).&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;mean&lt;/b&gt;: the average of the judges' totals.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;median&lt;/b&gt;: the middle total; one unusually harsh or generous judge barely moves it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;trimmed&lt;/b&gt;: the average after setting aside a fifth of the totals at each end.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;zscore&lt;/b&gt;: each judge's totals are first put on a common footing (a strict judge's
scores count as much as a generous judge's), then mapped back to the panel's scale.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;schulze&lt;/b&gt;: each judge's totals give a ranking; the Schulze voting method combines the
rankings into one order.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;adjusted&lt;/b&gt;: each judge's strictness is estimated from all the scores and removed; use
it when not every judge scored every nominee (recusals, assignments).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;4. Ties&lt;/h3&gt;
&lt;p&gt;Nominees with equal scores get the same rank and are marked as tied. The app never breaks a
tie silently: the panel decides.&lt;/p&gt;
&lt;h3&gt;5. Disagreements&lt;/h3&gt;
&lt;p&gt;The &lt;b&gt;Disagreements&lt;/b&gt; tab lists what to discuss: criteria where the judges' levels range by
2 or more, and nominees whose spread is among the panel's widest tenth. Double-click a row to see
every judge's levels.&lt;/p&gt;
&lt;h3&gt;6. Reliability&lt;/h3&gt;
&lt;p&gt;The &lt;b&gt;Reliability&lt;/b&gt; tab says in plain words how far the judges agree.
&lt;b&gt;Krippendorff's alpha&lt;/b&gt;: {alpha_good} or more is good agreement; {alpha_tentative} to
{alpha_good} allows tentative conclusions only; below that agreement is weak. &lt;b&gt;ICC(2,1)&lt;/b&gt;
measures absolute agreement and &lt;b&gt;ICC(3,1)&lt;/b&gt; consistency (a large gap between them means
the judges differ mainly in severity). &lt;b&gt;Kendall's W&lt;/b&gt; (0 to 1) says how far the judges
put the nominees in the same order. Per judge, &lt;b&gt;severity&lt;/b&gt; is the mean offset from the
panel (negative is harsher) and &lt;b&gt;agreement&lt;/b&gt; the correlation with the rest of the panel.&lt;/p&gt;
&lt;h3&gt;7. Export&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Export result workbook…&lt;/b&gt; writes the signed result (.xlsx; signed with this
computer's identity if it has one). &lt;b&gt;PDF report…&lt;/b&gt; writes the final report, with
anonymised comments and winner certificates if you ask for them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;小组主席指南&lt;/h2&gt;
&lt;p&gt;小组主席收集每位评委的评分表，逐一核验，并把有效的评分表合并为评审组结果。请使用&lt;b&gt;合并&lt;/b&gt;选项卡
（Ctrl+2）。&lt;/p&gt;
&lt;h3&gt;1. 添加文件包和评分表&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;选择文件包…&lt;/b&gt;载入评委收到的同一个 .zdxpanel 文件（其中包含评委名单及其公钥）。
&lt;b&gt;添加评分表…&lt;/b&gt;添加评委的 .xlsx 评分表；也可以把文件拖放到视图中。&lt;b&gt;核验并合并&lt;/b&gt;会逐一核验
评分表，然后合并有效的评分表。&lt;/p&gt;
&lt;h3&gt;2. 各状态的含义&lt;/h3&gt;
&lt;dl&gt;
&lt;dt&gt;&lt;b&gt;valid（有效）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;签名正确，评委在名单上，且评分表属于本评审组、本评审框架和本轮次。
计入结果。&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;tampered（已被篡改）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;工作簿中的数值与评委签名时不同。详情会列出每个被改动的单元格、
签名时的内容和现在的内容。不计入结果；请评委重新导出。&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;bad_signature（签名无效）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;签名与签署的内容不符：隐藏的签名工作表已损坏或被伪造。
不计入结果。&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unknown_judge（未知评委）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;评分表由不在评审组名单上的密钥签署（例如评委新建了身份）。
在组织者把该评委卡加入文件包之前，不计入结果。&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_panel（评审组不符）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;评分表属于其他评审组。&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_framework（评审框架不符）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;评分表依据的是其他评审框架或其他版本。&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;superseded（已被取代）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;同一评委发来了更新的评分表（序号更大或轮次更晚）；只计最新的一份。同一评分表的第二份副本（签名的数值相同）也标为已被取代：使用没有警告的那一份。&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unreadable（无法读取）&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;不是评分表，或文件损坏、不安全。&lt;/dd&gt;
&lt;/dl&gt;
&lt;p&gt;有三种警告不会导致拒收：&lt;b&gt;incomplete&lt;/b&gt;（部分指标未评分；这些指标记为缺评，而非零分）、
&lt;b&gt;conflict_scored&lt;/b&gt;（评委为名单中标记为利益冲突的候选者评了分；这些分数不予计入）和
&lt;b&gt;display_altered&lt;/b&gt;（数值仍是签名时的数值，但格式会让电子表格程序显示出不同的内容：数字格式、
隐藏的行或列、不可见的文字；详情列出相关单元格。合并使用签名的数值；阅读该表时请留意）。&lt;b&gt;sequence_clash&lt;/b&gt; 表示同一评委的两份评分表轮次和序号相同，但签名的数值不同：以较晚导出的一份为准；请向该评委确认哪一份正确。&lt;/p&gt;
&lt;h3&gt;3. 合并方法&lt;/h3&gt;
&lt;p&gt;评委对某位候选者的总分，是其各等级的加权平均，换算到 0 至 100 分，按精确分数计算：相同的总分总是相等。
文件包中指定了正式方法；&lt;b&gt;方法&lt;/b&gt;列表可并列查看其他方法，&lt;b&gt;把握程度&lt;/b&gt;标签页说明评审组能区分和
不能区分哪些名次（对评委重抽样 1,000 次）。&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;mean&lt;/b&gt;：各评委总分的平均值。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;median&lt;/b&gt;：居中的总分；个别评委特别严格或宽松几乎不会影响它。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;trimmed&lt;/b&gt;：两端各去掉五分之一的总分后的平均值。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;zscore&lt;/b&gt;：先把每位评委的总分统一到共同基准上（严格评委与宽松评委的分数同等计算），
再换算回评审组的分数尺度。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;schulze&lt;/b&gt;：每位评委的总分形成一个排名；Schulze 投票法把这些排名合并为一个顺序。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;adjusted&lt;/b&gt;：根据全部评分估计并去除每位评委的宽严差异；当并非每位评委都为每位候选者评分时
（回避、分配评委）使用。&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;4. 并列&lt;/h3&gt;
&lt;p&gt;得分相同的候选者排名相同，并标记为并列。应用从不暗中打破并列：由评审组决定。&lt;/p&gt;
&lt;h3&gt;5. 分歧&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;分歧&lt;/b&gt;选项卡列出需要讨论的内容：评委给出的等级极差达到 2 或以上的指标，以及分数离散程度位于
评审组前十分之一的候选者。双击某一行可查看每位评委给出的等级。&lt;/p&gt;
&lt;h3&gt;6. 信度&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;信度&lt;/b&gt;选项卡用通俗的语言说明评委之间的一致程度。
&lt;b&gt;Krippendorff α 系数&lt;/b&gt;：{alpha_good} 及以上表示一致性良好；{alpha_tentative} 至 {alpha_good} 只能得出初步结论；低于此值则
一致性较弱。&lt;b&gt;ICC(2,1)&lt;/b&gt; 衡量绝对一致性，&lt;b&gt;ICC(3,1)&lt;/b&gt; 衡量一致性（两者差距较大说明评委主要在
宽严程度上存在差异）。&lt;b&gt;Kendall W 系数&lt;/b&gt;（0 至 1）表示评委对候选者排序的一致程度。就每位评委而言，
&lt;b&gt;宽严度&lt;/b&gt;是相对评审组的平均偏差（负值表示更严格），&lt;b&gt;一致性&lt;/b&gt;是与其他评委的相关系数。&lt;/p&gt;
&lt;h3&gt;7. 导出&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;导出结果工作簿…&lt;/b&gt;生成已签名的结果（.xlsx；若这台电脑有身份，则用该身份签名）。
&lt;b&gt;PDF 报告…&lt;/b&gt;生成最终报告，可按需附上匿名评语和获奖证书。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Organizer guide&lt;/h2&gt;
&lt;p&gt;The organizer builds the signed panel package that judges and the chair open, and prints the
final report and certificates. Use the &lt;b&gt;Organizer&lt;/b&gt; tab (Ctrl+3). Create your own identity
first: it signs the package.&lt;/p&gt;
&lt;h3&gt;1. The framework&lt;/h3&gt;
&lt;p&gt;The sample framework is loaded by default (clearly labelled as a sample). &lt;b&gt;Choose…&lt;/b&gt;
loads your own: a framework JSON file, or the spreadsheet template filled in.
&lt;b&gt;Save as spreadsheet…&lt;/b&gt; writes the current framework as that template, to edit in Excel
or LibreOffice. A bad file is refused with the field or cell to fix.&lt;/p&gt;
&lt;h3&gt;2. The nominees&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Choose folder…&lt;/b&gt; picks a folder with one sub-folder per nominee. Each holds a
&lt;b&gt;nominee.json&lt;/b&gt; (at least an id and a name; optionally country, category, summary, sections
and attachments) and the attachment files it lists. The preview shows each folder's problem, if
any.&lt;/p&gt;
&lt;h3&gt;3. Judges and conflicts&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Add judge cards…&lt;/b&gt; adds the .zdxjudge cards the judges sent you; compare each card's
fingerprint with the judge (by phone, for example). Record known conflicts of interest: choose the
judge and the nominee and press &lt;b&gt;Add&lt;/b&gt;. A judge's scores for a conflicted nominee are left
out of the result.&lt;/p&gt;
&lt;h3&gt;4. Build the package&lt;/h3&gt;
&lt;p&gt;Set the title, the round and the official method, then &lt;b&gt;Build signed package…&lt;/b&gt;. You
type your passphrase; the app writes a .zdxpanel signed with your key. Send it to every judge and
to the chair. A later round of the same panel replaces the earlier one when opened.&lt;/p&gt;
&lt;h3&gt;5. Report and certificates&lt;/h3&gt;
&lt;p&gt;When the chair sends you the result workbook, &lt;b&gt;Print report…&lt;/b&gt; turns it into the final
PDF report: cover, method, ranking, a page per nominee, reliability and a verification appendix,
with a verification code on every page. Choose whether to include anonymised comments and how
many winner certificates to print.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;组织者指南&lt;/h2&gt;
&lt;p&gt;组织者负责生成供评委和小组主席打开的已签名评审组文件包，并打印最终报告和证书。请使用&lt;b&gt;组织者&lt;/b&gt;
选项卡（Ctrl+3）。请先创建您自己的身份：它用于签署文件包。&lt;/p&gt;
&lt;h3&gt;1. 评审框架&lt;/h3&gt;
&lt;p&gt;默认载入示例评审框架（明确标注为示例）。&lt;b&gt;选择…&lt;/b&gt;可载入您自己的评审框架：评审框架 JSON 文件，
或填写好的电子表格模板。&lt;b&gt;另存为电子表格…&lt;/b&gt;把当前评审框架保存为该模板，可在 Excel 或 LibreOffice
中编辑。有问题的文件会被拒绝，并指出需要修正的字段或单元格。&lt;/p&gt;
&lt;h3&gt;2. 候选者&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;选择文件夹…&lt;/b&gt;选择一个文件夹，其中每位候选者各有一个子文件夹。每个子文件夹包含一个
&lt;b&gt;nominee.json&lt;/b&gt;（至少有编号和名称；可选国家/地区、类别、简介、章节和附件）以及其中列出的附件文件。
预览会显示各文件夹存在的问题（如有）。&lt;/p&gt;
&lt;h3&gt;3. 评委与利益冲突&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;添加评委卡…&lt;/b&gt;添加评委发给您的 .zdxjudge 评委卡；请与评委本人核对每张卡的指纹（例如通过电话）。
记录已知的利益冲突：选择评委和候选者，然后按&lt;b&gt;添加&lt;/b&gt;。评委对存在冲突的候选者的评分不计入结果。&lt;/p&gt;
&lt;h3&gt;4. 生成文件包&lt;/h3&gt;
&lt;p&gt;设置名称、轮次和正式方法，然后点击&lt;b&gt;生成已签名文件包…&lt;/b&gt;。输入口令后，应用会生成一个用您的密钥
签名的 .zdxpanel 文件。请发送给每位评委和小组主席。同一评审组的后一轮文件包在打开时会取代前一轮。&lt;/p&gt;
&lt;h3&gt;5. 报告与证书&lt;/h3&gt;
&lt;p&gt;小组主席把结果工作簿发给您后，&lt;b&gt;打印报告…&lt;/b&gt;会将其生成最终 PDF 报告：封面、方法、排名、每位候选者
一页、信度和核验附录，每页都印有核验码。您可以选择是否收录匿名评语，以及打印多少张获奖证书。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How to verify a sheet&lt;/h2&gt;
&lt;h3&gt;What is signed&lt;/h3&gt;
&lt;p&gt;A score sheet is signed over its &lt;b&gt;values&lt;/b&gt;, not over the bytes of the file: the judge's
fingerprint, the panel, the framework, the round, the sequence number and every level and comment.
The signature sits in a hidden sheet of the workbook.&lt;/p&gt;
&lt;h3&gt;Opening and re-saving is fine&lt;/h3&gt;
&lt;p&gt;Because the values are signed, opening the sheet in Excel or LibreOffice and saving it again
without changing anything keeps it &lt;b&gt;valid&lt;/b&gt;, even though the file's bytes change. Changing any
level or comment makes it &lt;b&gt;tampered&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;Verify from the command line&lt;/h3&gt;
&lt;pre&gt;zerodx verify SHEET.xlsx --panel PANEL.zdxpanel&lt;/pre&gt;
&lt;p&gt;It prints the status, the judge and their fingerprint, the panel, round and sequence number,
and any warnings; &lt;tt&gt;--json&lt;/tt&gt; prints the same for scripts. The exit code is 0 when the sheet
can be used and 1 when it is rejected. Without &lt;tt&gt;--panel&lt;/tt&gt; only the signature is checked, not
the roster. In the app, the &lt;b&gt;Merge&lt;/b&gt; tab verifies every sheet you add.&lt;/p&gt;
&lt;h3&gt;Tampered: which cells?&lt;/h3&gt;
&lt;p&gt;A &lt;b&gt;tampered&lt;/b&gt; sheet lists each changed cell by name, for example
&lt;tt&gt;Scores!G12: signed '3', found '4'&lt;/tt&gt;: the cell, what the judge signed and what the file holds
now. Ask the judge for a fresh export rather than correcting the cell.&lt;/p&gt;
&lt;h3&gt;Fingerprints&lt;/h3&gt;
&lt;p&gt;A fingerprint (like &lt;tt&gt;SHA256:…&lt;/tt&gt;, as SSH prints it) identifies a judge's key. The
judge sees it in &lt;b&gt;File &amp;gt; My identity&lt;/b&gt;; the organizer and the chair see the same one in the
package and in the verification details. Compare it once with the judge over a channel you trust
(in person or by phone): then a valid sheet really comes from that judge.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;如何核验评分表&lt;/h2&gt;
&lt;h3&gt;签名的内容&lt;/h3&gt;
&lt;p&gt;评分表签署的是其中的&lt;b&gt;数值&lt;/b&gt;，而不是文件的字节：评委的指纹、评审组、评审框架、轮次、序号以及每个
等级和每条评语。签名保存在工作簿的一个隐藏工作表中。&lt;/p&gt;
&lt;h3&gt;打开后重新保存没有问题&lt;/h3&gt;
&lt;p&gt;由于签署的是数值，在 Excel 或 LibreOffice 中打开评分表、不做任何修改再保存，即使文件字节发生变化，
评分表仍然&lt;b&gt;有效&lt;/b&gt;。修改任何等级或评语都会使其变为&lt;b&gt;已被篡改&lt;/b&gt;。&lt;/p&gt;
&lt;h3&gt;用命令行核验&lt;/h3&gt;
&lt;pre&gt;zerodx verify SHEET.xlsx --panel PANEL.zdxpanel&lt;/pre&gt;
&lt;p&gt;该命令会输出状态、评委及其指纹、评审组、轮次和序号，以及所有警告；&lt;tt&gt;--json&lt;/tt&gt; 以供脚本使用的格式
输出相同内容。评分表可用时退出码为 0，被拒收时为 1。不带 &lt;tt&gt;--panel&lt;/tt&gt; 时只核验签名，不核对名单。
在应用中，&lt;b&gt;合并&lt;/b&gt;选项卡会核验您添加的每一份评分表。&lt;/p&gt;
&lt;h3&gt;已被篡改：哪些单元格？&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;已被篡改&lt;/b&gt;的评分表会按名称列出每个被改动的单元格，例如
&lt;tt&gt;Scores!G12: signed '3', found '4'&lt;/tt&gt;：即单元格、评委签名时的内容和文件中现在的内容。
请让评委重新导出，而不要自行更正单元格。&lt;/p&gt;
&lt;h3&gt;指纹&lt;/h3&gt;
&lt;p&gt;指纹（形如 &lt;tt&gt;SHA256:…&lt;/tt&gt;，与 SSH 显示的格式相同）用于识别评委的密钥。评委可在
&lt;b&gt;文件 &amp;gt; 我的身份&lt;/b&gt;中看到它；组织者和小组主席在文件包和核验详情中看到的是同一个指纹。请通过您信任的
渠道（当面或电话）与评委核对一次：这样，有效的评分表就确实出自该评委。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where your data is&lt;/h2&gt;
&lt;p&gt;Everything this app keeps is in one folder on this computer:&lt;/p&gt;
&lt;pre&gt;{home}&lt;/pre&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;store.sqlite&lt;/b&gt;: your panels, scores, comments and conflicts, saved as you type.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;backups/&lt;/b&gt;: copies of the store, made while you work (at most one every ten minutes)
and before every upgrade. The newest ten are kept; older ones are removed, except, for each panel,
the copy holding the most scores, every copy made since your last export, and the copies made
before an upgrade.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;identity/&lt;/b&gt;: your signing key, encrypted with your passphrase, and your public judge
card.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;blobs/&lt;/b&gt;: the dossier files of the packages you opened.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;logs/&lt;/b&gt;: the log file to send with a bug report.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; The app has no network code at all: no updates, no
telemetry, no cloud. Files travel only when you send them yourself (your judge card, your score
sheet).&lt;/p&gt;
&lt;p&gt;To move to another computer, copy the whole folder while the app is closed. To use a different
folder, start the app with &lt;tt&gt;--home FOLDER&lt;/tt&gt; or set &lt;tt&gt;ZERODX_HOME&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;您的数据在哪里&lt;/h2&gt;
&lt;p&gt;本应用保存的所有内容都在这台电脑上的一个文件夹中：&lt;/p&gt;
&lt;pre&gt;{home}&lt;/pre&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;store.sqlite&lt;/b&gt;：您的评审组、评分、评语和利益冲突，随输入随保存。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;backups/&lt;/b&gt;：存储的副本，在您工作时生成（最多每十分钟一份），每次升级前也会生成。保留最新的十份；更早的副本会被删除，但始终保留：每个评审组评分最多的那份副本、您上次导出之后生成的所有副本，以及升级前生成的副本。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;identity/&lt;/b&gt;：用您的口令加密的签名密钥，以及您的公开评委卡。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;blobs/&lt;/b&gt;：您打开过的文件包中的申报材料文件。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;logs/&lt;/b&gt;：提交问题报告时需要附上的日志文件。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;所有数据都不会离开这台电脑。&lt;/b&gt;本应用完全不含网络代码：没有自动更新，没有遥测，没有云端。
只有您亲自发送时，文件（您的评委卡、您的评分表）才会传出。&lt;/p&gt;
&lt;p&gt;如需迁移到另一台电脑，请在应用关闭时复制整个文件夹。如需使用其他文件夹，请用
&lt;tt&gt;--home FOLDER&lt;/tt&gt; 启动应用，或设置 &lt;tt&gt;ZERODX_HOME&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;Everything in the judge workspace can be done without the mouse. Every change is saved the moment you make it; the status bar says when.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;键盘快捷键&lt;/h2&gt;&lt;p&gt;评委工作区中的所有操作都可以不用鼠标完成。每次修改都会立即保存；状态栏会显示保存时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Judge guide</source>
        <translation>评委指南</translation>
    </message>
    <message>
        <source>Chair guide</source>
        <translation>小组主席指南</translation>
    </message>
    <message>
        <source>Organizer guide</source>
        <translation>组织者指南</translation>
    </message>
    <message>
        <source>How to verify a sheet</source>
        <translation>如何核验评分表</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>您的数据在哪里</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>太短：至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Fair. A few more words make it stronger.</source>
        <translation>中等。再加几个词会更安全。</translation>
    </message>
    <message>
        <source>Weak. Use a longer phrase, e.g. several unrelated words.</source>
        <translation>弱。请使用更长的短语，例如几个互不相关的词。</translation>
    </message>
    <message>
        <source>Your judge identity</source>
        <translation>您的评委身份</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>创建身份</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before you can sign your score sheet, this computer makes you a &lt;b&gt;signing key&lt;/b&gt;. Your name and e-mail are printed on every sheet you sign.&lt;/p&gt;&lt;p&gt;The key &lt;b&gt;never leaves this computer&lt;/b&gt;. It is kept encrypted with the passphrase you choose here; you type the passphrase each time you sign. Nobody can recover a forgotten passphrase.&lt;/p&gt;&lt;p&gt;Afterwards you can save your &lt;b&gt;judge card&lt;/b&gt; (a small .zdxjudge file with your name, e-mail and public key, nothing secret) and send it to the organizer, who puts you on the panel so the chair can check that your sheets really come from you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在签署评分表之前，这台电脑会为您生成一个&lt;b&gt;签名密钥&lt;/b&gt;。您的姓名和电子邮箱会显示在您签署的每一份评分表上。&lt;/p&gt;&lt;p&gt;该密钥&lt;b&gt;永远不会离开这台电脑&lt;/b&gt;。它用您在此设置的口令加密保存；每次签名时都需要输入口令。忘记的口令任何人都无法找回。&lt;/p&gt;&lt;p&gt;之后您可以保存您的&lt;b&gt;评委卡&lt;/b&gt;（一个包含姓名、电子邮箱和公钥的小型 .zdxjudge 文件，不含任何机密），并发送给组织者。组织者将您加入评审组，小组主席即可核实评分表确实出自您手。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About your identity</source>
        <translation>关于您的身份</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>as it should appear on your sheets</source>
        <translation>应显示在评分表上的姓名</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>您的电子邮箱</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>您的密钥指纹</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <source>The fingerprint identifies your key; the organizer and the chair see the same one. Next, save your judge card from the Identity page and send it to the organizer.</source>
        <translation>指纹用于识别您的密钥；组织者和小组主席看到的是同一个指纹。下一步，请在“身份”页面保存您的评委卡并发送给组织者。</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Please type a valid e-mail address (like name@example.org).</source>
        <translation>请输入有效的电子邮箱（例如 name@example.org）。</translation>
    </message>
    <message>
        <source>Making and encrypting your signing key…</source>
        <translation>正在生成并加密您的签名密钥…</translation>
    </message>
    <message>
        <source>Creating your identity</source>
        <translation>正在创建您的身份</translation>
    </message>
    <message>
        <source>Your identity is ready, {name} &lt;{email}&gt;.</source>
        <translation>您的身份已就绪：{name} &lt;{email}&gt;。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Judge card</source>
        <translation>评委卡</translation>
    </message>
    <message>
        <source>Your judge identity</source>
        <translation>您的评委身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>&amp;Save judge card…</source>
        <translation>保存评委卡(&amp;S)…</translation>
    </message>
    <message>
        <source>Save your public judge card (.zdxjudge) to send to the organizer; it holds nothing secret</source>
        <translation>保存您的公开评委卡（.zdxjudge）以发送给组织者；其中不含任何机密</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>更改口令(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for your signing key (you need the current one)</source>
        <translation>为签名密钥设置新口令（需要输入当前口令）</translation>
    </message>
    <message>
        <source>C&amp;reate identity…</source>
        <translation>创建身份(&amp;R)…</translation>
    </message>
    <message>
        <source>Make your signing key: name, e-mail and a passphrase</source>
        <translation>生成签名密钥：姓名、电子邮箱和口令</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Your signing key never leaves this computer. Send your judge card to the organizer so that the chair can check that your score sheets come from you; compare the fingerprint with the one they see.</source>
        <translation>您的签名密钥永远不会离开这台电脑。请把评委卡发送给组织者，以便小组主席核实评分表确实出自您手；请与对方核对所见的指纹是否一致。</translation>
    </message>
    <message>
        <source>This computer has no judge identity yet. Create one to sign your score sheet and to make the judge card the organizer needs.</source>
        <translation>这台电脑上还没有评委身份。请创建身份，以便签署评分表并生成组织者所需的评委卡。</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>指纹已复制。</translation>
    </message>
    <message>
        <source>Save your judge card</source>
        <translation>保存评委卡</translation>
    </message>
    <message>
        <source>Judge card not saved</source>
        <translation>评委卡未保存</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Judge card saved to {path}. Send this file to the organizer.</source>
        <translation>评委卡已保存到 {path}。请把此文件发送给组织者。</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>口令已更改。</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Image attachment</source>
        <translation>图片附件</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
</context>
<context>
    <name>LevelCard</name>
    <message>
        <source>Level {value}: {label}</source>
        <translation>等级 {value}：{label}</translation>
    </message>
    <message>
        <source>Press {key} to choose this level</source>
        <translation>按 {key} 选择此等级</translation>
    </message>
</context>
<context>
    <name>MainFrame</name>
    <message>
        <source>The merge view (panel chair) is not available in this build.</source>
        <translation>此版本未包含合并视图（小组主席）。</translation>
    </message>
    <message>
        <source>The organizer views are not available in this build.</source>
        <translation>此版本未包含组织者视图。</translation>
    </message>
    <message>
        <source>&amp;Open panel package…</source>
        <translation>打开评审组文件包(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the panel package the organizer sent</source>
        <translation>打开组织者发送的评审组文件包</translation>
    </message>
    <message>
        <source>Open the &amp;demo panel</source>
        <translation>打开演示评审组(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export score sheet…</source>
        <translation>导出评分表(&amp;E)…</translation>
    </message>
    <message>
        <source>Write your signed score sheet (.xlsx)</source>
        <translation>生成已签名的评分表（.xlsx）</translation>
    </message>
    <message>
        <source>My &amp;identity…</source>
        <translation>我的身份(&amp;I)…</translation>
    </message>
    <message>
        <source>Your signing key, judge card, passphrase</source>
        <translation>您的签名密钥、评委卡和口令</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>提名(&amp;N)…</translation>
    </message>
    <message>
        <source>Sign a nomination of a nominee for the organizer (.zdxnom)</source>
        <translation>签署一份提名交给组织者（.zdxnom）</translation>
    </message>
    <message>
        <source>&amp;Print my scorecard…</source>
        <translation>打印我的评分卡(&amp;P)…</translation>
    </message>
    <message>
        <source>Your scores and comments as a PDF</source>
        <translation>将您的评分和评语生成 PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put an earlier copy of your scores back (the current one is kept)</source>
        <translation>恢复您评分的较早副本（当前副本会保留）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Filter nominees</source>
        <translation>筛选候选者(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next unscored</source>
        <translation>下一项未评分(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next criterion still to score</source>
        <translation>转到下一项尚未评分的指标</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>All nominees by domain</source>
        <translation>按领域查看所有候选者</translation>
    </message>
    <message>
        <source>Declare &amp;conflict…</source>
        <translation>声明利益冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <source>&amp;Withdraw conflict</source>
        <translation>撤回利益冲突(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>应用程序的界面语言</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>The guide for judges, chairs and organizers</source>
        <translation>面向评委、小组主席和组织者的使用指南</translation>
    </message>
    <message>
        <source>How to &amp;verify a sheet</source>
        <translation>如何核验评分表(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>Judge workspace</source>
        <translation>评委工作区</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销 {what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做 {what}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
    </message>
    <message>
        <source>NOT SAVED: {first}</source>
        <translation>未保存：{first}</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved here</source>
        <translation>只读：此处无法保存更改</translation>
    </message>
    <message>
        <source>{app_name}: edit history changed</source>
        <translation>{app_name}：修改历史已被更改</translation>
    </message>
    <message>
        <source>Your scores or their edit history (audit chain) were changed outside the app:
{rows}{more}

Restore a backup from before the change (File ▸ Restore from backup…). Exporting needs you to acknowledge this, and the chair will see it.</source>
        <translation>您的评分或其修改历史（审计链）在本应用之外被更改过：
{rows}{more}

请恢复更改之前的备份（文件 ▸ 从备份恢复…）。导出前需要您确认此情况，小组主席也会看到。</translation>
    </message>
    <message>
        <source>Judge card</source>
        <translation>评委卡</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;
Key fingerprint: {fingerprint}

To put this judge on a panel, add the card in the Organizer tab.</source>
        <translation>{name} &lt;{email}&gt;
密钥指纹：{fingerprint}

要将此评委加入评审小组，请在“组织者”选项卡中添加此卡片。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The data folder {home} was moved or deleted while the app was open: nothing more can be saved.

Put the folder back, or quit and start the app again (it offers to restore the newest backup).</source>
        <translation>应用打开期间，数据文件夹 {home} 被移动或删除：无法再保存任何内容。

请把文件夹放回原处，或退出后重新启动应用（它会提示恢复最新的备份）。</translation>
    </message>
    <message>
        <source>Checking your edit history</source>
        <translation>正在检查您的修改历史</translation>
    </message>
    <message>
        <source>{app_name}: not restored</source>
        <translation>{app_name}：未恢复</translation>
    </message>
    <message>
        <source>Restored {name} ({what})</source>
        <translation>已恢复 {name}（{what}）</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>备份失败：{0}</translation>
    </message>
    <message>
        <source>Nomination saved: {path}. Send it to the organizer.</source>
        <translation>提名已保存：{path}。请发送给组织者。</translation>
    </message>
    <message>
        <source>Exported {name} ({done}/{total} done)</source>
        <translation>已导出 {name}（已完成 {done}/{total}）</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>正在打开 {name}</translation>
    </message>
    <message>
        <source>You are not on this panel's roster yet</source>
        <translation>您还不在本评审组的名单上</translation>
    </message>
    <message>
        <source>Your key is not on this panel's roster: see the note above the nominee list.</source>
        <translation>您的密钥不在本评审组的名单上：请查看候选者列表上方的提示。</translation>
    </message>
    <message>
        <source>Open panel package</source>
        <translation>打开评审组文件包</translation>
    </message>
    <message>
        <source>Panel packages</source>
        <translation>评审组文件包</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>This data folder is already in use. Open the demo in a separate, throw-away window?</source>
        <translation>此数据文件夹已在使用中。是否在一个独立的临时窗口中打开演示？</translation>
    </message>
    <message>
        <source>Building the demo panel…</source>
        <translation>正在生成演示评审组…</translation>
    </message>
    <message>
        <source>Preparing the demo panel</source>
        <translation>正在准备演示评审组</translation>
    </message>
    <message>
        <source>{app_name}: not saved</source>
        <translation>{app_name}：未保存</translation>
    </message>
    <message>
        <source>{message}

Your edit is still on screen.</source>
        <translation>{message}

您的修改仍显示在屏幕上。</translation>
    </message>
    <message>
        <source>score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>我的身份</translation>
    </message>
    <message>
        <source>Writing your scorecard…</source>
        <translation>正在生成您的评分卡…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Printing your scorecard</source>
        <translation>正在打印您的评分卡</translation>
    </message>
    <message>
        <source>Your last comment could not be saved (see the status bar). Quit anyway and lose it?</source>
        <translation>您最后一条评语未能保存（见状态栏）。仍要退出并放弃该评语吗？</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Discussion list (largest disagreement first):</source>
        <translation>讨论列表（分歧最大者在前）：</translation>
    </message>
    <message>
        <source>Comments (anonymised; untick to leave one out of the feedback letter):</source>
        <translation>评语（匿名；取消勾选即可将其排除在反馈信之外）：</translation>
    </message>
    <message>
        <source>Chair's notes on this nominee:</source>
        <translation>主席对该候选者的备注：</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审指标</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>极差</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Decide the award:</source>
        <translation>决定奖项：</translation>
    </message>
    <message>
        <source>Rationale (required for a tie at the top or another nominee)</source>
        <translation>理由（首位并列或选择其他候选者时必填）</translation>
    </message>
    <message>
        <source>Spread per criterion</source>
        <translation>各评估标准的分布</translation>
    </message>
    <message>
        <source>Comments (anonymised)</source>
        <translation>评语（匿名）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Nominee the award goes to</source>
        <translation>获奖的候选者</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>Record the panel's decision for this category; it is signed into the result workbook</source>
        <translation>记录评审小组对此类别的决定；该决定将签名写入结果工作簿</translation>
    </message>
    <message>
        <source>{nominee} — spread {spread}</source>
        <translation>{nominee} — 分差 {spread}</translation>
    </message>
    <message>
        <source>Merge the sheets to start the meeting.</source>
        <translation>请先合并评分表再开始会议。</translation>
    </message>
    <message>
        <source>{nominee} — rank {rank}, score {score}, judges' totals {low}–{high}</source>
        <translation>{nominee} — 第 {rank} 名，得分 {score}，评委总分 {low}–{high}</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>无评语。</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>(tie at the top: choose a nominee)</source>
        <translation>（首位并列：请选择一位候选者）</translation>
    </message>
    <message>
        <source>Not recorded: {message}</source>
        <translation>未记录：{message}</translation>
    </message>
    <message>
        <source>no nominee has a score</source>
        <translation>没有候选者获得分数</translation>
    </message>
    <message>
        <source>a tie at the top ({names}): no decision yet</source>
        <translation>首位并列（{names}）：尚未决定</translation>
    </message>
    <message>
        <source>{nominee} (the ranking's first place; not decided yet)</source>
        <translation>{nominee}（排名第一；尚未决定）</translation>
    </message>
    <message>
        <source>{nominee}, decided</source>
        <translation>{nominee}，已决定</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Mean of the judges' totals</source>
        <translation>各评委总分的平均值</translation>
    </message>
    <message>
        <source>Median of the judges' totals</source>
        <translation>各评委总分的中位数</translation>
    </message>
    <message>
        <source>Z-scores (each judge standardised)</source>
        <translation>Z 分数（对每位评委分别标准化）</translation>
    </message>
    <message>
        <source>Schulze (combines the judges' rankings)</source>
        <translation>Schulze 法（综合各评委的排名）</translation>
    </message>
    <message>
        <source>— (not enough data)</source>
        <translation>—（数据不足）</translation>
    </message>
    <message>
        <source>Panel package:</source>
        <translation>评审组文件包：</translation>
    </message>
    <message>
        <source>none chosen — choose one or drop a .zdxpanel here</source>
        <translation>尚未选择 — 请选择或将 .zdxpanel 拖放到此处</translation>
    </message>
    <message>
        <source>Choose package…</source>
        <translation>选择文件包…</translation>
    </message>
    <message>
        <source>Choose the panel package (.zdxpanel) the judges received: it holds the roster the sheets are checked against</source>
        <translation>选择评委收到的评审组文件包（.zdxpanel）：其中的评委名单用于核验评分表</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Add sheets…</source>
        <translation>添加评分表…</translation>
    </message>
    <message>
        <source>Add the judges' signed score sheets (.xlsx); you can also drop them here</source>
        <translation>添加评委已签名的评分表（.xlsx）；也可以拖放到此处</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected sheets from the merge (the files are not touched)</source>
        <translation>从合并中移除所选评分表（不会改动文件本身）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every sheet from the merge (the files are not touched)</source>
        <translation>从合并中移除全部评分表（不会改动文件本身）</translation>
    </message>
    <message>
        <source>Verify and merge</source>
        <translation>核验并合并</translation>
    </message>
    <message>
        <source>Verify every sheet's signature, judge, panel and framework, then combine the valid ones</source>
        <translation>核验每份评分表的签名、评委、评审组和评审框架，然后合并有效的评分表</translation>
    </message>
    <message>
        <source>Select a sheet to see its verification details.</source>
        <translation>选择一份评分表以查看其核验详情。</translation>
    </message>
    <message>
        <source>Drop score sheets (.xlsx) here or use Add sheets…</source>
        <translation>将评分表（.xlsx）拖放到此处，或使用“添加评分表…”。</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Who scored what. ✓ assigned and scored: {scored}; · assigned, not scored: {not_scored}; blank, not assigned (missing by design): {not_assigned}; R, recused: {recused}.</source>
        <translation>谁评了什么。✓ 已分配并已评分：{scored}；· 已分配但未评分：{not_scored}；空白，未分配（按设计缺失）：{not_assigned}；R，回避：{recused}。</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信度</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>把握程度</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>评审会议</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>评审设计</translation>
    </message>
    <message>
        <source>Export result workbook…</source>
        <translation>导出结果工作簿…</translation>
    </message>
    <message>
        <source>Write the panel result as a signed workbook (.xlsx) for the organizer</source>
        <translation>将评审组结果生成已签名的工作簿（.xlsx），供组织者使用</translation>
    </message>
    <message>
        <source>Include anonymised comments</source>
        <translation>包含匿名评语</translation>
    </message>
    <message>
        <source>Put the judges' comments in the report, without their names</source>
        <translation>在报告中收录评委的评语，不署名</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Winner certificates for the top N nominees</source>
        <translation>为前 N 名候选者生成获奖证书</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>Write the final report (PDF), with certificates for the top nominees if asked</source>
        <translation>生成最终报告（PDF），如有需要附上前几名候选者的证书</translation>
    </message>
    <message>
        <source>Certificate template…</source>
        <translation>证书模板…</translation>
    </message>
    <message>
        <source>The certificates' layout and wording (title, award line, signature lines, logo): a certificate template file (.json)</source>
        <translation>证书的版式与措辞（标题、授奖语、签名栏、标志）：一个证书模板文件（.json）</translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <source>The language of the PDF report, the certificates and the feedback letters</source>
        <translation>PDF 报告、证书和反馈信的语言</translation>
    </message>
    <message>
        <source>Rank band</source>
        <translation>名次区间</translation>
    </message>
    <message>
        <source>Tell each nominee its band (top quarter, upper half, ...) in the feedback letter</source>
        <translation>在反馈信中告知每位候选者其所处区间（前四分之一、上半部分……）</translation>
    </message>
    <message>
        <source>Feedback letters…</source>
        <translation>反馈信…</translation>
    </message>
    <message>
        <source>Write one feedback letter (PDF) per nominee into a folder: its own scores against the field and the judges' comments, anonymised</source>
        <translation>为每位候选者在文件夹中生成一封反馈信（PDF）：其本人得分与全体分布的对比，以及匿名的评委评语</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>How the judges' totals are combined; the package names the official method</source>
        <translation>各评委总分的合并方式；文件包中指定了正式方法</translation>
    </message>
    <message>
        <source>Who scored what</source>
        <translation>谁评了什么</translation>
    </message>
    <message>
        <source>Verification details of the selected sheet</source>
        <translation>所选评分表的核验详情</translation>
    </message>
    <message>
        <source>Levels by judge and criterion</source>
        <translation>各评委在各评审指标上的等级</translation>
    </message>
    <message>
        <source>Comments (anonymised)</source>
        <translation>评语（匿名）</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Scores to discuss</source>
        <translation>需讨论的评分</translation>
    </message>
    <message>
        <source>Agreement by judge</source>
        <translation>各评委的一致性</translation>
    </message>
    <message>
        <source>Agreement by criterion</source>
        <translation>各评审指标的一致性</translation>
    </message>
    <message>
        <source>ICC(2,k) (the panel average):</source>
        <translation>ICC(2,k)（评审组平均分）：</translation>
    </message>
    <message>
        <source>{method} (official)</source>
        <translation>{method}（正式）</translation>
    </message>
    <message>
        <source>What the panel can tell apart: {notes}</source>
        <translation>评审组能区分的名次：{notes}</translation>
    </message>
    <message>
        <source>Merge the sheets to see which places the panel can tell apart.</source>
        <translation>合并评分表后可查看评审组能区分哪些名次。</translation>
    </message>
    <message>
        <source>The judges were resampled {n} times and the nominees ranked again by the official method each time. Bar: the places a nominee takes in 90% of the resamples; dot: its official rank. Overlapping bars are places the panel cannot tell apart.</source>
        <translation>对评委进行了 {n} 次重抽样，每次都按正式方法重新排名。条形：候选者在 90% 的重抽样中所处的名次；圆点：其正式名次。条形重叠的名次评审组无法区分。</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated: {why}.</source>
        <translation>无法估计排名的把握程度：{why}。</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee: a ring marks the rank adjusted for each judge's severity.</source>
        <translation>并非每位评委都为每位候选者评分：圆环标出按每位评委的宽严差异校正后的名次。</translation>
    </message>
    <message>
        <source>Whole panel</source>
        <translation>整个评审组</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>类别：{category}</translation>
    </message>
    <message>
        <source>{category}: the judges were resampled {n} times and this category's nominees ranked again among themselves by the official method each time. Bar: the places a nominee takes in 90% of the resamples; dot: its rank in the category.</source>
        <translation>{category}：对评委重抽样 {n} 次，每次按正式方法仅在该类别的候选者之间重新排名。条形：候选者在 90% 的重抽样中所处的名次范围；圆点：其在该类别中的名次。</translation>
    </message>
    <message>
        <source>the category has no nominees in this result</source>
        <translation>该类别在本结果中没有候选者</translation>
    </message>
    <message>
        <source>{category}: how sure the ranking is could not be estimated: {why}.</source>
        <translation>{category}：无法估计排名的把握程度：{why}。</translation>
    </message>
    <message>
        <source>Select a nominee in the ranking to see every judge's levels.</source>
        <translation>在排名中选择一位候选者，以查看每位评委给出的等级。</translation>
    </message>
    <message>
        <source>Comments (anonymised):</source>
        <translation>评语（匿名）：</translation>
    </message>
    <message>
        <source>Scores to discuss: criteria where the levels range by 2 or more, and nominees whose spread is in the panel's top decile.</source>
        <translation>待讨论的评分：等级极差达到 2 或以上的指标，以及分数离散程度位于评审组前 10% 的候选者。</translation>
    </message>
    <message>
        <source>Merge the sheets to see how well the judges agree.</source>
        <translation>合并评分表后可查看各评委的一致程度。</translation>
    </message>
    <message>
        <source>Krippendorff's alpha (interval):</source>
        <translation>Krippendorff α 系数（等距）：</translation>
    </message>
    <message>
        <source>Award category</source>
        <translation>奖项类别</translation>
    </message>
    <message>
        <source>ICC(2,1) (absolute agreement):</source>
        <translation>ICC(2,1)（绝对一致性）：</translation>
    </message>
    <message>
        <source>ICC(3,1) (consistency):</source>
        <translation>ICC(3,1)（一致性）：</translation>
    </message>
    <message>
        <source>Kendall's W (rankings):</source>
        <translation>Kendall W 系数（排名）：</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>宽严度</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Severity: the judge's mean offset from the panel (negative = harsher). Agreement: correlation of the judge's totals with the rest of the panel.</source>
        <translation>宽严度：该评委相对评审组的平均偏差（负值表示更严格）。一致性：该评委的总分与其他评委的相关系数。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审指标</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>α 系数</translation>
    </message>
    <message>
        <source>Choose the panel package</source>
        <translation>选择评审组文件包</translation>
    </message>
    <message>
        <source>Panel package</source>
        <translation>评审组文件包</translation>
    </message>
    <message>
        <source>Add score sheets</source>
        <translation>添加评分表</translation>
    </message>
    <message>
        <source>Verifying {n_sheets} sheet(s)…</source>
        <translation>正在核验 {n_sheets} 份评分表…</translation>
    </message>
    <message>
        <source>Verifying and merging the score sheets…</source>
        <translation>正在核验并合并评分表…</translation>
    </message>
    <message>
        <source>Merge cancelled.</source>
        <translation>合并已取消。</translation>
    </message>
    <message>
        <source>No result: {message}</source>
        <translation>无结果：{message}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Trimmed mean (20% trimmed from each end)</source>
        <translation>截尾平均（两端各截去 20%）</translation>
    </message>
    <message>
        <source>Adjusted (each judge's severity removed by least squares)</source>
        <translation>宽严校正（以最小二乘法去除每位评委的宽严差异）</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>截尾平均</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z 分数</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>Schulze 法</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>宽严校正</translation>
    </message>
    <message>
        <source>The merge did not compute '{method}'.</source>
        <translation>合并时未计算“{method}”。</translation>
    </message>
    <message>
        <source>{value} — the panel's official method; exports use it.</source>
        <translation>{value} — 评审组的正式方法；导出时采用。</translation>
    </message>
    <message>
        <source>{value} — for comparison; the official method is {method}.</source>
        <translation>{value} — 仅供比较；正式方法为 {method}。</translation>
    </message>
    <message>
        <source>{n} valid</source>
        <translation>{n} 份有效</translation>
    </message>
    <message>
        <source>{n} valid with warnings</source>
        <translation>{n} 份有效（有警告）</translation>
    </message>
    <message>
        <source>{n} superseded</source>
        <translation>{n} 份已被取代</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} 份被拒收</translation>
    </message>
    <message>
        <source>{n} not checked</source>
        <translation>{n} 份未核验</translation>
    </message>
    <message>
        <source>No reading: too few judges or nominees to say.</source>
        <translation>无法判断：评委或候选者数量太少。</translation>
    </message>
    <message>
        <source>1 judge</source>
        <translation>1 位评委</translation>
    </message>
    <message>
        <source>{n} judges</source>
        <translation>{n} 位评委</translation>
    </message>
    <message>
        <source>{nominee} — rank {rank}, score {score} ({judges})</source>
        <translation>{nominee} — 第 {rank} 名，得分 {score}（{judges}）</translation>
    </message>
    <message>
        <source>Panel average</source>
        <translation>评审组平均</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>无评语。</translation>
    </message>
    <message>
        <source>Signed by {name} ({fingerprint}).</source>
        <translation>签名人：{name}（{fingerprint}）。</translation>
    </message>
    <message>
        <source>The home identity cannot be read: {what}</source>
        <translation>无法读取本机身份：{what}</translation>
    </message>
    <message>
        <source>No identity in this home: the result workbook will be UNSIGNED (create an identity to sign it).</source>
        <translation>本机没有身份：结果工作簿将不带签名（创建身份后即可签名）。</translation>
    </message>
    <message>
        <source>Save the result workbook</source>
        <translation>保存结果工作簿</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>sign the result workbook</source>
        <translation>签署结果工作簿</translation>
    </message>
    <message>
        <source>Sign the result</source>
        <translation>签署结果</translation>
    </message>
    <message>
        <source>signed by {name} ({fingerprint})</source>
        <translation>签名人：{name}（{fingerprint}）</translation>
    </message>
    <message>
        <source>UNSIGNED: this home has no identity</source>
        <translation>未签名：本机没有身份</translation>
    </message>
    <message>
        <source>Result workbook saved: {path}</source>
        <translation>结果工作簿已保存：{path}</translation>
    </message>
    <message>
        <source>No final PDF report from this result: it is {status} ({reason}).</source>
        <translation>此结果不能出具正式 PDF 报告：其状态为 {status}（{reason}）。</translation>
    </message>
    <message>
        <source>Result workbook</source>
        <translation>结果工作簿</translation>
    </message>
    <message>
        <source>Writing the result workbook…</source>
        <translation>正在生成结果工作簿…</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>报告已保存：{path}</translation>
    </message>
    <message>
        <source>Certificates saved: {path}</source>
        <translation>证书已保存：{path}</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>未保存：{message}</translation>
    </message>
    <message>
        <source>Choose a certificate template</source>
        <translation>选择证书模板</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>证书模板</translation>
    </message>
    <message>
        <source>Not used: {message}</source>
        <translation>未采用：{message}</translation>
    </message>
    <message>
        <source>Choose a folder for the feedback letters</source>
        <translation>选择存放反馈信的文件夹</translation>
    </message>
    <message>
        <source>{n} feedback letter(s) saved in {folder}</source>
        <translation>已在 {folder} 中保存 {n} 封反馈信</translation>
    </message>
    <message>
        <source>Writing the feedback letters…</source>
        <translation>正在生成反馈信…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>确认口令</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>确认(&amp;C)：</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>至少 8 个字符；一句简短的话既好记又难猜。</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least 8 characters.</source>
        <translation>口令太短：至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase in both fields.</source>
        <translation>两次输入的口令不一致。请在两个输入框中输入相同的口令。</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>Nominate</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>Propose a nominee to the organizer: choose the nominee's folder (nominee.json and its files) and say how you know the nominee. Your nomination is signed with your key; you will not score this nominee unless the organizer lifts the conflict.</source>
        <translation>向组织者推荐一位候选者：选择候选者的文件夹（nominee.json 及其文件），并说明您与候选者的关系。您的提名将用您的密钥签名；除非组织者解除利益冲突，您不会为该候选者评分。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>e.g. former colleague (2019–2021)</source>
        <translation>例如：前同事（2019–2021）</translation>
    </message>
    <message>
        <source>Nominee folder:</source>
        <translation>候选者文件夹：</translation>
    </message>
    <message>
        <source>Your relationship:</source>
        <translation>您与候选者的关系：</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>签名并保存…</translation>
    </message>
    <message>
        <source>Choose the nominee's folder</source>
        <translation>选择候选者的文件夹</translation>
    </message>
    <message>
        <source>Choose the nominee's folder.</source>
        <translation>请选择候选者的文件夹。</translation>
    </message>
    <message>
        <source>Say how you know the nominee.</source>
        <translation>请说明您与候选者的关系。</translation>
    </message>
    <message>
        <source>Save the nomination</source>
        <translation>保存提名</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>sign the nomination</source>
        <translation>签署提名</translation>
    </message>
</context>
<context>
    <name>NomineeListModel</name>
    <message>
        <source>Nominee</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>panel roster</source>
        <translation>评审组名单</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>本人声明</translation>
    </message>
    <message>
        <source>Conflict of interest ({origin}): {reason}</source>
        <translation>利益冲突（{origin}）：{reason}</translation>
    </message>
    <message>
        <source>{name}, {done} of {total} criteria, {status}</source>
        <translation>{name}，已评 {done}/{total} 项指标，{status}</translation>
    </message>
</context>
<context>
    <name>NomineeMatrixModel</name>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>The judge's total for this nominee (0–100)</source>
        <translation>该评委给此候选者的总分（0–100）</translation>
    </message>
    <message>
        <source>Flagged for discussion: the judges' levels spread widely.</source>
        <translation>已标记待讨论：评委给出的等级差异较大。</translation>
    </message>
    <message>
        <source>{value} ({done} of {count})</source>
        <translation>{value}（{done}/{count}）</translation>
    </message>
    <message>
        <source>{judge} declared a conflict with this nominee: not counted</source>
        <translation>{judge} 声明与该候选者存在利益冲突：不计入</translation>
    </message>
    <message>
        <source>{judge} scored {done} of {count} criteria of this nominee: the total is over those criteria only (their weights rescaled), and it counts in the result.</source>
        <translation>{judge} 只为该候选者评了 {count} 项评审指标中的 {done} 项：总分仅按这些指标计算（其权重按比例重新分配），并计入结果。</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>等级 {level}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>ZeroDX Desktop</source>
        <translation>ZeroDX Desktop</translation>
    </message>
</context>
<context>
    <name>OrganizerForm</name>
    <message>
        <source>Panel</source>
        <translation>评审组</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>评审框架</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Known conflicts of interest</source>
        <translation>已知的利益冲突</translation>
    </message>
    <message>
        <source>After judging: the final report</source>
        <translation>评审结束后：最终报告</translation>
    </message>
    <message>
        <source>The panel's title, shown to judges and printed on the report</source>
        <translation>评审组名称，向评委显示并印在报告上</translation>
    </message>
    <message>
        <source>e.g. ZeroDX Awards 2026 — Final panel</source>
        <translation>例如：ZeroDX 大奖 2026 — 终审评审组</translation>
    </message>
    <message>
        <source>The judging round; a later round of the same panel replaces the earlier one</source>
        <translation>评审轮次；同一评审组的后一轮将取代前一轮</translation>
    </message>
    <message>
        <source>The official way the judges' totals are combined (the chair can compare the others)</source>
        <translation>合并各评委总分的正式方法（小组主席可比较其他方法）</translation>
    </message>
    <message>
        <source>every judge scores every nominee</source>
        <translation>每位评委为所有候选者评分</translation>
    </message>
    <message>
        <source>Assign each nominee exactly this many judges, balanced (loads differ by at most one), never a conflicted judge</source>
        <translation>为每位候选者分配恰好这么多位评委，负载均衡（相差不超过一位），绝不分配有利益冲突的评委</translation>
    </message>
    <message>
        <source>The same seed gives the same assignment</source>
        <translation>相同的种子产生相同的分配</translation>
    </message>
    <message>
        <source>Assignments: adjust by hand</source>
        <translation>分配：手动调整</translation>
    </message>
    <message>
        <source>Show the assignment matrix</source>
        <translation>显示分配矩阵</translation>
    </message>
    <message>
        <source>Propose an assignment from the judges per nominee and the seed, then tick or untick judges; conflicted cells cannot be ticked</source>
        <translation>按每位候选者的评委人数和种子提出分配，然后勾选或取消评委；有利益冲突的格子不能勾选</translation>
    </message>
    <message>
        <source>Drop the matrix</source>
        <translation>放弃矩阵</translation>
    </message>
    <message>
        <source>Build the package from the judges per nominee and the seed instead</source>
        <translation>改为按每位候选者的评委人数和种子生成评审包</translation>
    </message>
    <message>
        <source>Assignment matrix</source>
        <translation>分配矩阵</translation>
    </message>
    <message>
        <source>Next round from result…</source>
        <translation>根据结果生成下一轮…</translation>
    </message>
    <message>
        <source>Build the next round of a panel from its signed result: the same panel, round + 1, the top N nominees (ties at the cut included)</source>
        <translation>根据已签名的结果生成评审组的下一轮：同一评审组，轮次加一，前 N 位候选者（含分界处并列者）</translation>
    </message>
    <message>
        <source>Shortlist:</source>
        <translation>入围名额：</translation>
    </message>
    <message>
        <source>Add nominations…</source>
        <translation>添加提名…</translation>
    </message>
    <message>
        <source>A folder of the judges' signed nominations (.zdxnom); only roster judges' are accepted</source>
        <translation>评委已签名提名（.zdxnom）所在的文件夹；只接受名单内评委的提名</translation>
    </message>
    <message>
        <source>per category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>Official method:</source>
        <translation>正式方法：</translation>
    </message>
    <message>
        <source>Judges per nominee:</source>
        <translation>每位候选者的评委数：</translation>
    </message>
    <message>
        <source>Assignment seed:</source>
        <translation>分配种子：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Load a framework: a framework JSON file or the filled-in spreadsheet template</source>
        <translation>载入评审框架：评审框架 JSON 文件或已填写的电子表格模板</translation>
    </message>
    <message>
        <source>Use the sample</source>
        <translation>使用示例</translation>
    </message>
    <message>
        <source>Go back to the shipped sample framework</source>
        <translation>恢复为随附的示例评审框架</translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation>另存为电子表格…</translation>
    </message>
    <message>
        <source>Save the framework as an .xlsx template to edit in Excel or LibreOffice; choose the edited file again to import it.</source>
        <translation>将评审框架保存为 .xlsx 模板，可在 Excel 或 LibreOffice 中编辑；编辑后再次选择该文件即可导入。</translation>
    </message>
    <message>
        <source>Domain / dimension / criterion</source>
        <translation>领域 / 维度 / 指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose the folder with one sub-folder per nominee (nominee.json and its files)</source>
        <translation>选择每位候选者各有一个子文件夹（含 nominee.json 及其文件）的文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add judge cards…</source>
        <translation>添加评委卡…</translation>
    </message>
    <message>
        <source>Add the judge cards (.zdxjudge) the judges sent you</source>
        <translation>添加评委发给您的评委卡（.zdxjudge）</translation>
    </message>
    <message>
        <source>Add chair cards…</source>
        <translation>添加小组主席卡…</translation>
    </message>
    <message>
        <source>Cards (.zdxjudge) of the people who may sign the panel's result, besides you: a report is final only from a result a chair or the organizer signed</source>
        <translation>除您之外，可以为评审结果签名的人的卡片（.zdxjudge）：只有小组主席或组织者签名的结果才能出具正式报告</translation>
    </message>
    <message>
        <source>Clear chairs</source>
        <translation>清除小组主席</translation>
    </message>
    <message>
        <source>Remove the chairs added (you stay one)</source>
        <translation>移除已添加的小组主席（您仍是小组主席）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected judges from the panel</source>
        <translation>从评审组中移除所选评委</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>The judge who has the conflict of interest</source>
        <translation>存在利益冲突的评委</translation>
    </message>
    <message>
        <source>The nominee that judge should not score</source>
        <translation>该评委不应评分的候选者</translation>
    </message>
    <message>
        <source>Why the judge is conflicted (kept in the package)</source>
        <translation>该评委存在冲突的原因（保存在文件包中）</translation>
    </message>
    <message>
        <source>Reason (e.g. former employee)</source>
        <translation>原因（例如：曾为该机构员工）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Record this known conflict of interest</source>
        <translation>记录这一已知的利益冲突</translation>
    </message>
    <message>
        <source>Remove the selected conflicts</source>
        <translation>移除所选的利益冲突</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Build signed package…</source>
        <translation>生成已签名文件包…</translation>
    </message>
    <message>
        <source>Sign the panel package with your identity and save the .zdxpanel to send to judges and chair</source>
        <translation>用您的身份签署评审组文件包，并保存 .zdxpanel 以发送给评委和小组主席</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Print a result that is not signed by a chair (or not signed at all), every page marked DRAFT — NOT VERIFIED. Without it such a result is refused.</source>
        <translation>打印未由小组主席签名（或完全未签名）的结果，每一页都标注“DRAFT — NOT VERIFIED”（草稿——未经验证）。不勾选时，此类结果会被拒绝。</translation>
    </message>
    <message>
        <source>Include anonymised comments</source>
        <translation>包含匿名评语</translation>
    </message>
    <message>
        <source>Put the judges' comments in the report, without their names</source>
        <translation>在报告中收录评委的评语，不署名</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Winner certificates for the top N nominees (0: none)</source>
        <translation>为前 N 名候选者生成获奖证书（0 表示不生成）</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <source>Choose the chair's result workbook (RESULT.xlsx) and make the PDF report</source>
        <translation>选择小组主席的结果工作簿（RESULT.xlsx）并生成 PDF 报告</translation>
    </message>
    <message>
        <source>Scale {min}–{max}</source>
        <translation>等级 {min}–{max}</translation>
    </message>
    <message>
        <source>The sample framework loads when this page is shown.</source>
        <translation>显示此页面时将载入示例评审框架。</translation>
    </message>
    <message>
        <source>Cell: {where}</source>
        <translation>单元格：{where}</translation>
    </message>
    <message>
        <source>Field: {where}</source>
        <translation>字段：{where}</translation>
    </message>
    <message>
        <source>{file} is not a valid framework.</source>
        <translation>{file} 不是有效的评审框架。</translation>
    </message>
    <message>
        <source>Problem: {what}</source>
        <translation>问题：{what}</translation>
    </message>
    <message>
        <source>Not loaded: {path}</source>
        <translation>未载入：{path}</translation>
    </message>
    <message>
        <source> — SAMPLE framework</source>
        <translation> — 示例评审框架</translation>
    </message>
    <message>
        <source>{title} (id {id}, version {version}){sample}
{domains} domains, {criteria} criteria, scale {min}–{max} · {path}</source>
        <translation>{title}（编号 {id}，版本 {version}）{sample}
{domains} 个领域，{criteria} 项指标，等级 {min}–{max} · {path}</translation>
    </message>
    <message>
        <source>This home has no identity: create one before building a package (it signs the package).</source>
        <translation>本机没有身份：生成文件包前请先创建身份（用于签署文件包）。</translation>
    </message>
    <message>
        <source>The home identity cannot be read: {what}</source>
        <translation>无法读取本机身份：{what}</translation>
    </message>
    <message>
        <source>Signed as organizer by {name} ({fingerprint}).</source>
        <translation>以组织者身份签名：{name}（{fingerprint}）。</translation>
    </message>
    <message>
        <source>Chairs: you (the organizer)</source>
        <translation>小组主席：您（组织者）</translation>
    </message>
    <message>
        <source>No matrix: the package uses K and the seed above.</source>
        <translation>没有矩阵：评审包使用上方的评委人数和种子。</translation>
    </message>
    <message>
        <source>The package is built from this matrix ({n} assignments).</source>
        <translation>评审包按此矩阵生成（共 {n} 项分配）。</translation>
    </message>
    <message>
        <source>Fewer than {k} judges: {ids}</source>
        <translation>评委少于 {k} 位：{ids}</translation>
    </message>
    <message>
        <source>No nominations.</source>
        <translation>没有提名。</translation>
    </message>
    <message>
        <source>{nominee} ({id}) nominated by {judge}: {relationship}</source>
        <translation>{nominee}（{id}）由 {judge} 提名：{relationship}</translation>
    </message>
</context>
<context>
    <name>OrganizerView</name>
    <message>
        <source>Framework</source>
        <translation>评审框架</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>No folder chosen (one sub-folder per nominee, each with a nominee.json and its attachments).</source>
        <translation>尚未选择文件夹（每位候选者一个子文件夹，内含 nominee.json 及其附件）。</translation>
    </message>
    <message>
        <source>Choose a framework file</source>
        <translation>选择评审框架文件</translation>
    </message>
    <message>
        <source>Save the framework spreadsheet</source>
        <translation>保存评审框架电子表格</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <source>Saved {path}.
Edit it, then choose it with “Choose…” to import it; errors name the sheet, row and column.</source>
        <translation>已保存 {path}。
编辑后，用“选择…”选中它即可导入；如有错误，会指出所在的工作表、行和列。</translation>
    </message>
    <message>
        <source>Choose the nominees folder</source>
        <translation>选择候选者文件夹</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>正在读取 {folder}…</translation>
    </message>
    <message>
        <source>Not usable: {folder}</source>
        <translation>无法使用：{folder}</translation>
    </message>
    <message>
        <source>nominated this nominee</source>
        <translation>提名了该候选者</translation>
    </message>
    <message>
        <source>Load the nominees and add judge cards first.</source>
        <translation>请先载入候选者并添加评委卡。</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Reading the nominee folders…</source>
        <translation>正在读取候选者文件夹…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{folder} · {n} nominee(s)</source>
        <translation>{folder} · {n} 位候选者</translation>
    </message>
    <message>
        <source>, {n} with problems</source>
        <translation>，{n} 个有问题</translation>
    </message>
    <message>
        <source>{n} folder(s) cannot be used as they are: {problems}. Fix them (or move them out of the folder) before building.</source>
        <translation>{n} 个文件夹目前无法使用：{problems}。请在生成前修正（或将其移出该文件夹）。</translation>
    </message>
    <message>
        <source>Add judge cards</source>
        <translation>添加评委卡</translation>
    </message>
    <message>
        <source>Judge cards</source>
        <translation>评委卡</translation>
    </message>
    <message>
        <source>Add chair cards</source>
        <translation>添加小组主席卡</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>小组主席</translation>
    </message>
    <message>
        <source>Some chair cards were not added:</source>
        <translation>部分小组主席卡未能添加：</translation>
    </message>
    <message>
        <source>Some judge cards were not added:</source>
        <translation>部分评委卡未能添加：</translation>
    </message>
    <message>
        <source>Judges with the same name:</source>
        <translation>同名的评委：</translation>
    </message>
    <message>
        <source>Choose a judge and a nominee for the conflict.</source>
        <translation>请为该利益冲突选择评委和候选者。</translation>
    </message>
    <message>
        <source>That conflict is already recorded.</source>
        <translation>该利益冲突已有记录。</translation>
    </message>
    <message>
        <source>The package cannot be built yet:</source>
        <translation>暂时无法生成文件包：</translation>
    </message>
    <message>
        <source>Build the panel package</source>
        <translation>生成评审组文件包</translation>
    </message>
    <message>
        <source>Save the panel package</source>
        <translation>保存评审组文件包</translation>
    </message>
    <message>
        <source>Panel package</source>
        <translation>评审组文件包</translation>
    </message>
    <message>
        <source>sign the panel package</source>
        <translation>签署评审组文件包</translation>
    </message>
    <message>
        <source>Building the signed panel package…</source>
        <translation>正在生成已签名的评审组文件包…</translation>
    </message>
    <message>
        <source>Choose the result workbook</source>
        <translation>选择结果工作簿</translation>
    </message>
    <message>
        <source>Result workbook</source>
        <translation>结果工作簿</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <source>Choose the folder of nominations (.zdxnom)</source>
        <translation>选择提名（.zdxnom）所在的文件夹</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>Choose the signed result workbook</source>
        <translation>选择已签名的结果工作簿</translation>
    </message>
    <message>
        <source>Choose the package of that round</source>
        <translation>选择该轮次的评审包</translation>
    </message>
    <message>
        <source>Save the next round's package</source>
        <translation>保存下一轮的评审包</translation>
    </message>
    <message>
        <source>sign the next round's package</source>
        <translation>签署下一轮的评审包</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>下一轮</translation>
    </message>
    <message>
        <source>Building the next round…</source>
        <translation>正在生成下一轮…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Give the panel a title.</source>
        <translation>请填写评审组名称。</translation>
    </message>
    <message>
        <source>Choose a valid framework (or use the sample).</source>
        <translation>请选择有效的评审框架（或使用示例）。</translation>
    </message>
    <message>
        <source>Choose the nominees folder.</source>
        <translation>请选择候选者文件夹。</translation>
    </message>
    <message>
        <source>The nominees folder has no usable nominee.</source>
        <translation>候选者文件夹中没有可用的候选者。</translation>
    </message>
    <message>
        <source>Fix the nominee folders with problems.</source>
        <translation>请修正有问题的候选者文件夹。</translation>
    </message>
    <message>
        <source>Add at least one judge card.</source>
        <translation>请至少添加一张评委卡。</translation>
    </message>
    <message>
        <source>Create an identity in this home: it signs the package.</source>
        <translation>请在本机创建身份：用于签署文件包。</translation>
    </message>
    <message>
        <source>{name}: {name2} ({fingerprint}) is already on the roster</source>
        <translation>{name}：{name2}（{fingerprint}）已在名单上</translation>
    </message>
    <message>
        <source>{file}: {name} &lt;{email}&gt; was added with the key {fingerprint}, but {other} is already on the roster with a different key ({fingerprint2}). If this is the same person, remove the card with the old key.</source>
        <translation>{file}：已添加 {name} &lt;{email}&gt;，密钥为 {fingerprint}；但名单中已有 {other}，其密钥不同（{fingerprint2}）。如果是同一个人，请移除使用旧密钥的评委卡。</translation>
    </message>
    <message>
        <source>Panel package saved: {path}
{nominees}, {judges}, {conflicts}, method {method}, round {round}
Signed by {organizer}, organizer fingerprint {fingerprint}</source>
        <translation>评审组文件包已保存：{path}
{nominees}，{judges}，{conflicts}，方法 {method}，第 {round} 轮
签名者 {organizer}，组织者指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>1 nominee</source>
        <translation>1 位候选者</translation>
    </message>
    <message>
        <source>{n} nominees</source>
        <translation>{n} 位候选者</translation>
    </message>
    <message>
        <source>1 judge</source>
        <translation>1 位评委</translation>
    </message>
    <message>
        <source>{n} judges</source>
        <translation>{n} 位评委</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 项利益冲突</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} 项利益冲突</translation>
    </message>
    <message>
        <source>Round {round} of {title} saved: {path}
{n} nominees shortlisted: {ids}</source>
        <translation>{title} 第 {round} 轮已保存：{path}
入围候选者 {n} 位：{ids}</translation>
    </message>
    <message>
        <source>Ties at the cut were included ({where}).</source>
        <translation>分界处的并列者已包含在内（{where}）。</translation>
    </message>
    <message>
        <source>Draft report saved (every page marked DRAFT — NOT VERIFIED): {path}</source>
        <translation>草稿报告已保存（每一页都标注“DRAFT — NOT VERIFIED”）：{path}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>报告已保存：{path}</translation>
    </message>
    <message>
        <source>Certificates saved: {path}</source>
        <translation>证书已保存：{path}</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Nominee</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>{nominee}: double-click or Enter to score</source>
        <translation>{nominee}：双击或按 Enter 开始评分</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview: nominees by domain</source>
        <translation>总览：按领域查看候选者</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>PDF attachment</source>
        <translation>PDF 附件</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>适合页面宽度</translation>
    </message>
    <message>
        <source>Open in a separate window</source>
        <translation>在单独的窗口中打开</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Search in PDF</source>
        <translation>在 PDF 中搜索</translation>
    </message>
    <message>
        <source>Search in the PDF</source>
        <translation>在 PDF 中搜索</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{name} — preview</source>
        <translation>{name} — 预览</translation>
    </message>
    <message>
        <source>cannot open the PDF ({error})</source>
        <translation>无法打开该 PDF（{error}）</translation>
    </message>
    <message>
        <source>The file may be damaged; generate it again.</source>
        <translation>文件可能已损坏；请重新生成。</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation>在系统查看器中打开</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of menus, views and messages; “System” follows the computer's language</source>
        <translation>菜单、视图和消息所用的语言；“跟随系统”即使用电脑的语言</translation>
    </message>
    <message>
        <source>The new language applies at once to every open window.</source>
        <translation>新语言会立即应用于所有已打开的窗口。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>First</source>
        <translation>夺冠比例</translation>
    </message>
    <message>
        <source>Ranks (90%)</source>
        <translation>名次区间（90%）</translation>
    </message>
    <message>
        <source>Panel score, 0–100, by the selected method</source>
        <translation>评审组得分（0–100），按所选方法计算</translation>
    </message>
    <message>
        <source>Judges whose total counted (recused and missing judges excluded)</source>
        <translation>总分计入结果的评委人数（不含回避和缺评的评委）</translation>
    </message>
    <message>
        <source>Share of resamples of the judges in which the nominee ranks first (nominees tied for first share it); official method only</source>
        <translation>在评委重抽样中该候选者排名第一的比例（并列第一者均分）；仅限正式方法</translation>
    </message>
    <message>
        <source>The places the nominee takes in 90% of resamples of the judges: overlapping ranges cannot be told apart</source>
        <translation>在 90% 的评委重抽样中该候选者所处的名次：区间重叠者无法区分</translation>
    </message>
    <message>
        <source>Domain subtotal (0–100): {domain}</source>
        <translation>领域小计（0–100）：{domain}</translation>
    </message>
    <message>
        <source>Tied at rank {rank} with {others}</source>
        <translation>与 {others} 并列第 {rank} 名</translation>
    </message>
    <message>
        <source>No judge scored this nominee</source>
        <translation>没有评委为该候选者评分</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Feedback from the judging panel</source>
        <translation>评审组反馈信</translation>
    </message>
    <message>
        <source>Round {n}. This letter is about your nomination only: it shows your scores against the spread of the whole field, without naming anyone else, and the judges' comments without saying who wrote them.</source>
        <translation>第 {n} 轮。本信仅涉及您的提名：展示您的得分与全体候选者分布的对比（不提及任何其他人），以及评委的评语（不注明作者）。</translation>
    </message>
    <message>
        <source>Your total</source>
        <translation>您的总分</translation>
    </message>
    <message>
        <source>The judges' comments</source>
        <translation>评委评语</translation>
    </message>
    <message>
        <source>Verification code of the panel result: {code}</source>
        <translation>评审结果核验码：{code}</translation>
    </message>
    <message>
        <source>No judge's score counted for your nomination, so there is no total.</source>
        <translation>您的提名没有计入任何评委的评分，因此没有总分。</translation>
    </message>
    <message>
        <source>Your total: {score} of 100 ({judges} judges). The field: lowest {lo}, median {median}, highest {hi} ({n} nominees).</source>
        <translation>您的总分：{score}（满分 100，{judges} 位评委）。全体：最低 {lo}，中位数 {median}，最高 {hi}（共 {n} 位候选者）。</translation>
    </message>
    <message>
        <source>Each grey tick is one nominee's total; the blue dot is yours.</source>
        <translation>每条灰色刻度代表一位候选者的总分；蓝色圆点是您的总分。</translation>
    </message>
    <message>
        <source>Your domains</source>
        <translation>您的各领域得分</translation>
    </message>
    <message>
        <source>The shape is your domain scores; the dashed line, the field's median.</source>
        <translation>实线图形为您的各领域得分；虚线为全体中位数。</translation>
    </message>
    <message>
        <source>Strongest criteria</source>
        <translation>最强的评审指标</translation>
    </message>
    <message>
        <source>Where to grow</source>
        <translation>可提升之处</translation>
    </message>
    <message>
        <source>The judges left no comment for you.</source>
        <translation>评委没有给您留下评语。</translation>
    </message>
    <message>
        <source>Your place: {band} of the field.</source>
        <translation>您的位置：全体中的{band}。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的得分</translation>
    </message>
    <message>
        <source>Field median</source>
        <translation>全体中位数</translation>
    </message>
    <message>
        <source>Field range</source>
        <translation>全体范围</translation>
    </message>
    <message>
        <source>{criterion} — mean level {level}</source>
        <translation>{criterion} — 平均等级 {level}</translation>
    </message>
    <message>
        <source>Feedback — {name}</source>
        <translation>反馈信 — {name}</translation>
    </message>
    <message>
        <source>{name} (decided by the panel)</source>
        <translation>{name}（评审组决定）</translation>
    </message>
    <message>
        <source>Cells show rank · score out of 100; a shaded cell is a nominee whose rank differs from its official rank.</source>
        <translation>单元格显示名次 · 得分（满分 100）；底色标出的单元格表示该候选者的名次与其正式名次不同。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion {id}&lt;/b&gt;</source>
        <translation>&lt;b&gt;评审指标 {id}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no nominee has a score</source>
        <translation>没有候选者获得分数</translation>
    </message>
    <message>
        <source>tie at the top, no decision recorded: {names}</source>
        <translation>首位并列，未记录决定：{names}</translation>
    </message>
    <message>
        <source>{name} (the ranking's first place)</source>
        <translation>{name}（排名第一）</translation>
    </message>
    <message>
        <source>{name} (decided by the panel, overriding the ranking)</source>
        <translation>{name}（评审组决定，改变了排名结果）</translation>
    </message>
    <message>
        <source> Schulze ranking gives no score out of 100: its cells show the rank and how many of the other nominees Schulze's order places below the nominee when every pair of nominees is compared through the judges' rankings.</source>
        <translation>舒尔茨排名不给出满分 100 的得分：其单元格显示名次，以及通过评委的排名两两比较所有候选者后，舒尔茨顺序排在该候选者之后的其他候选者人数。</translation>
    </message>
    <message>
        <source>How sure is the ranking? The judges were resampled {n} times (a bootstrap with a fixed seed: the same sheets always give the same figures) and the nominees ranked again by the official method each time. "First" is the share of resamples in which the nominee ranked first (nominees tied for first share it); "Ranks (90%)" is the range of places it took in 90% of them. Nominees whose ranges overlap are places the panel cannot tell apart.</source>
        <translation>排名有多确定？对评委进行了 {n} 次重抽样（固定种子的自助法：相同的评分表总是得出相同的数字），每次都按正式方法重新为候选者排名。“第一”是候选者位列第一的重抽样所占比例（并列第一者共享）；“名次（90%）”是其在 90% 的重抽样中所处名次的范围。名次范围重叠的候选者，评审组无法区分其先后。</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated: {why}.</source>
        <translation>无法估计排名的确定程度：{why}。</translation>
    </message>
    <message>
        <source>, SD {sd}</source>
        <translation>，标准差 {sd}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall total&lt;/b&gt;: the judges' totals {spread}{sd}.</source>
        <translation>&lt;b&gt;总分&lt;/b&gt;：评委的总分{spread}{sd}。</translation>
    </message>
    <message>
        <source>Levels ranged {low}–{high} (range {range}){sd}.</source>
        <translation>等级分布在 {low}–{high}（跨度 {range}）{sd}。</translation>
    </message>
    <message>
        <source>{rank} · above {n}</source>
        <translation>{rank} · 领先 {n} 位</translation>
    </message>
    <message>
        <source>Score {score} / 100</source>
        <translation>得分 {score} / 100</translation>
    </message>
    <message>
        <source>rank {rank} of {n}</source>
        <translation>第 {rank} 名，共 {n} 位</translation>
    </message>
    <message>
        <source>SD {sd}</source>
        <translation>标准差 {sd}</translation>
    </message>
    <message>
        <source>Round {n} · {date}</source>
        <translation>第 {n} 轮 · {date}</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>评审组</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>评审框架</translation>
    </message>
    <message>
        <source>Official method</source>
        <translation>正式方法</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Judges (valid sheets)</source>
        <translation>评委（有效评分表）</translation>
    </message>
    <message>
        <source>{valid} of {total}</source>
        <translation>{valid} / {total}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Award ({category})</source>
        <translation>奖项（{category}）</translation>
    </message>
    <message>
        <source>The same code is printed at the foot of every page. It is derived from the result this report was printed from, so a page from another result, or from an edited one, shows a different code.</source>
        <translation>每页页脚都印有相同的核验码。它由打印本报告所依据的结果计算得出，因此来自其他结果或被修改过的结果的页面会显示不同的核验码。</translation>
    </message>
    <message>
        <source>Official method: {name}</source>
        <translation>正式方法：{name}</translation>
    </message>
    <message>
        <source>Each judge scored every criterion on the framework's maturity scale. A judge's total for a nominee is the weighted mean of the levels, rescaled to 0-100; domain scores are computed the same way within each domain. A judge with a declared or known conflict of interest contributes nothing for that nominee, and a missing score is missing, never zero. Ties are shown as ties (marked "=") and never broken silently.</source>
        <translation>每位评委按评审框架的成熟度量表为每项评审指标评分。评委给候选者的总分是各等级的加权平均，换算到 0–100；各领域得分在领域内以相同方式计算。已申报或已知存在利益冲突的评委对该候选者不计分；缺失的评分按缺失处理，绝不记为零。并列按并列显示（标记为“=”），绝不悄然打破。</translation>
    </message>
    <message>
        <source>Disagreement is flagged for discussion when the judges' levels on a criterion are two or more levels apart, or when a nominee's spread of totals is in the panel's top tenth.</source>
        <translation>当评委对某项评审指标给出的等级相差两级或以上，或某位候选者的总分分布跨度位于评审组前十分之一时，该分歧会被标出以供讨论。</translation>
    </message>
    <message>
        <source>Domains and weights</source>
        <translation>领域与权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Min–Max</source>
        <translation>最低–最高</translation>
    </message>
    <message>
        <source>Scores are out of 100 by the official method. "Judges" is the number of judges whose total counted; SD and Min–Max describe the spread of their totals. "=" marks a tie.</source>
        <translation>得分按正式方法计算，满分 100。“评委”为总分被计入的评委人数；标准差与最低–最高描述其总分的分布。“=”表示并列。</translation>
    </message>
    <message>
        <source>The ranking is where the panel meeting started. For each award the chair recorded the panel's decision; without a decision the award goes to the ranking's first place, and a tie at the top stays a tie.</source>
        <translation>排名是评审会议的起点。主席为每个奖项记录了评审组的决定；没有决定时，奖项归排名第一者，首位并列则保持并列。</translation>
    </message>
    <message>
        <source>Award: {category}</source>
        <translation>奖项：{category}</translation>
    </message>
    <message>
        <source>The same sheets ranked by each method the panel can use. The official method decides the result; the others show how much the ranking depends on that choice.</source>
        <translation>同一批评分表按评审组可用的每种方法排名。正式方法决定结果；其他方法显示排名在多大程度上取决于这一选择。</translation>
    </message>
    <message>
        <source>ranged {low}–{high} points (range {range})</source>
        <translation>分布在 {low}–{high} 分（跨度 {range}）</translation>
    </message>
    <message>
        <source>span {range} points</source>
        <translation>跨度 {range} 分</translation>
    </message>
    <message>
        <source>Levels range {range}{sd} ({reason}).</source>
        <translation>等级跨度 {range}{sd}（{reason}）。</translation>
    </message>
    <message>
        <source>Levels range {range}{sd}.</source>
        <translation>等级跨度 {range}{sd}。</translation>
    </message>
    <message>
        <source>totals {low}–{high}</source>
        <translation>总分 {low}–{high}</translation>
    </message>
    <message>
        <source>Nominee id: {id}</source>
        <translation>候选者编号：{id}</translation>
    </message>
    <message>
        <source>How consistently the judges scored. Values near 1 mean the judges broadly agree; values near 0 mean the ranking owes much to which judge looked at which nominee.</source>
        <translation>评委评分的一致程度。接近 1 表示评委大体一致；接近 0 表示排名在很大程度上取决于哪位评委评了哪位候选者。</translation>
    </message>
    <message>
        <source>{what}. Not computed: {why}.</source>
        <translation>{what}。未计算：{why}。</translation>
    </message>
    <message>
        <source>Anyone holding ZeroDX Desktop can check this report against the files it was made from: each judge's sheet must have the SHA-256 below and verify against the fingerprint of the judge's key (run "zerodx verify SHEET.xlsx" for each); the result workbook's signed values must hash to the result hash below, so a report printed from it again with "zerodx report" shows the same verification code, even after the workbook was re-saved by a spreadsheet program.</source>
        <translation>任何拥有 ZeroDX Desktop 的人都可以根据生成本报告的文件核对本报告：每位评委的评分表必须具有下列 SHA-256，并能通过该评委密钥指纹的核验（对每份评分表运行“zerodx verify SHEET.xlsx”）；结果工作簿的签名数值的哈希必须等于下列结果哈希，因此用“zerodx report”再次打印的报告会显示相同的核验码，即使工作簿曾被电子表格程序重新保存。</translation>
    </message>
    <message>
        <source>{panel} · round {round}</source>
        <translation>{panel} · 第 {round} 轮</translation>
    </message>
    <message>
        <source>The verification code is "ZDX-" followed by the first eight hexadecimal digits of the result hash, in two groups of four.</source>
        <translation>核验码为“ZDX-”加上结果哈希的前八位十六进制数字，分为两组，每组四位。</translation>
    </message>
    <message>
        <source>{line}: {name}</source>
        <translation>{line}：{name}</translation>
    </message>
    <message>
        <source>Chair of the panel: {name}</source>
        <translation>评审组主席：{name}</translation>
    </message>
    <message>
        <source>Chair of the panel</source>
        <translation>评审组主席</translation>
    </message>
    <message>
        <source>Each award category is ranked on its own: the nominees of the category in the order of the official ranking, ranked again within it. "=" marks a tie.</source>
        <translation>每个奖项类别单独排名：该类别的候选者按正式排名的顺序在类别内重新排名。“=”表示并列。</translation>
    </message>
    <message>
        <source>Awards and decisions</source>
        <translation>奖项与决定</translation>
    </message>
    <message>
        <source>Method and weights</source>
        <translation>方法与权重</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信度</translation>
    </message>
    <message>
        <source>Panel composition</source>
        <translation>评审组构成</translation>
    </message>
    <message>
        <source>Verification appendix</source>
        <translation>核验附录</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>FINAL REPORT</source>
        <translation>最终报告</translation>
    </message>
    <message>
        <source>Sample framework: the criteria in this report come from the sample framework shipped with ZeroDX Desktop, not from an official questionnaire.</source>
        <translation>示例框架：本报告中的评审指标来自 ZeroDX Desktop 附带的示例框架（示例翻译），并非正式问卷。</translation>
    </message>
    <message>
        <source>Scale: {levels}.</source>
        <translation>量表：{levels}。</translation>
    </message>
    <message>
        <source>Framework: {title} (id {id}, version {version}).</source>
        <translation>评审框架：{title}（编号 {id}，版本 {version}）。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Chair's notes from the meeting</source>
        <translation>主席的会议备注</translation>
    </message>
    <message>
        <source>{method} (official)</source>
        <translation>{method}（正式）</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>What the panel can and cannot tell apart</source>
        <translation>评审组能区分与不能区分的名次</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee</source>
        <translation>并非每位评委都为每位候选者评分</translation>
    </message>
    <message>
        <source>Recusals or assignments left some judge-nominee pairs empty. A plain average then favours a nominee that happened to avoid the strictest judges. The ranking adjusted for each judge's severity is shown beside the official one.</source>
        <translation>回避或分配使部分评委与候选者的组合没有评分。此时简单平均会有利于恰好避开最严格评委的候选者。按每位评委宽严程度调整后的排名与正式排名并列显示。</translation>
    </message>
    <message>
        <source>Chart: solid, this nominee; dashed red, the average of all nominees; letters, the domains in the table.</source>
        <translation>图：实线为该候选者；红色虚线为全体候选者的平均；字母对应表中的领域。</translation>
    </message>
    <message>
        <source>Bars: this nominee. Red marks: average of all nominees.</source>
        <translation>条形：该候选者。红色标记：全体候选者的平均。</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评审指标</translation>
    </message>
    <message>
        <source>Disagreements to discuss</source>
        <translation>待讨论的分歧</translation>
    </message>
    <message>
        <source>ICC and W use every score given: {nominees} nominees, {judges} judges.</source>
        <translation>ICC 与 W 使用全部评分：{nominees} 位候选者，{judges} 位评委。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Judges' severity and agreement</source>
        <translation>评委的宽严程度与一致性</translation>
    </message>
    <message>
        <source>Severity is the judge's mean offset from the panel in points (negative: stricter than the panel; positive: more generous). Agreement is the correlation of the judge's totals with the rest of the panel's.</source>
        <translation>宽严程度是评委相对评审组的平均偏差（以分计；负值：比评审组严格；正值：更宽松）。一致性是该评委总分与评审组其他成员总分的相关系数。</translation>
    </message>
    <message>
        <source>Agreement per criterion (Krippendorff's alpha)</source>
        <translation>各评审指标的一致性（克里彭多夫 alpha）</translation>
    </message>
    <message>
        <source>Known conflicts of interest</source>
        <translation>已知的利益冲突</translation>
    </message>
    <message>
        <source>not recorded (unsigned result)</source>
        <translation>未记录（未签名的结果）</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Judges' sheets</source>
        <translation>评委的评分表</translation>
    </message>
    <message>
        <source>Only sheets with the status "valid" count towards the result ({valid} of {total}); the others are listed so that every file received is accounted for, and contribute nothing.</source>
        <translation>只有状态为“有效”的评分表计入结果（{valid} / {total}）；其余评分表也一并列出，以便每个收到的文件都有交代，但不计入结果。</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>Score {score} of 100 · {n} nominees · round {round} · {date}</source>
        <translation>得分 {score}（满分 100）· 共 {n} 位候选者 · 第 {round} 轮 · {date}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>核验码 {code}</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>How sure is the ranking</source>
        <translation>排名的确定程度</translation>
    </message>
    <message>
        <source>Method comparison</source>
        <translation>方法比较</translation>
    </message>
    <message>
        <source>Winner certificates</source>
        <translation>获奖证书</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>unsigned result</source>
        <translation>未签名的结果</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weights are those of the framework {framework} {version} named in the panel package.</source>
        <translation>权重取自评审包所指定的评审框架 {framework} {version}。</translation>
    </message>
    <message>
        <source>The result names no domains.</source>
        <translation>该结果未列出任何领域。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation>理由：{text}</translation>
    </message>
    <message>
        <source>not enough judges</source>
        <translation>评委人数不足</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一</translation>
    </message>
    <message>
        <source>Ranks (90%)</source>
        <translation>名次（90%）</translation>
    </message>
    <message>
        <source>Panel avg</source>
        <translation>评审组平均</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审指标</translation>
    </message>
    <message>
        <source>Highlighted rows: the judges' levels are two or more levels apart — worth discussing.</source>
        <translation>高亮行：评委给出的等级相差两级或以上——值得讨论。</translation>
    </message>
    <message>
        <source>Judges' comments (anonymised)</source>
        <translation>评委评语（匿名）</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>宽严程度</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Judge / file</source>
        <translation>评委 / 文件</translation>
    </message>
    <message>
        <source>Key fingerprint and sheet SHA-256</source>
        <translation>密钥指纹与评分表 SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Domain id</source>
        <translation>领域编号</translation>
    </message>
    <message>
        <source>Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank), the first {n} nominees</source>
        <translation>名次范围，每位候选者一行，顺序同上表（横条：90% 的重抽样；圆点：正式名次），前 {n} 位候选者</translation>
    </message>
    <message>
        <source>Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank)</source>
        <translation>名次范围，每位候选者一行，顺序同上表（横条：90% 的重抽样；圆点：正式名次）</translation>
    </message>
    <message>
        <source>Official rank</source>
        <translation>正式名次</translation>
    </message>
    <message>
        <source>Adjusted rank</source>
        <translation>调整后名次</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>衡量的内容</translation>
    </message>
    <message>
        <source>CERTIFICATE OF EXCELLENCE</source>
        <translation>卓越证书</translation>
    </message>
    <message>
        <source>is awarded to</source>
        <translation>授予</translation>
    </message>
    <message>
        <source>Winner: {names} (tied)</source>
        <translation>获奖者：{names}（并列）</translation>
    </message>
    <message>
        <source>Winner: {names}</source>
        <translation>获奖者：{names}</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未计入</translation>
    </message>
    <message>
        <source>final report</source>
        <translation>最终报告</translation>
    </message>
    <message>
        <source>draft report</source>
        <translation>报告草稿</translation>
    </message>
    <message>
        <source>{place} place</source>
        <translation>第 {place} 名</translation>
    </message>
    <message>
        <source>{place} place (tied)</source>
        <translation>并列第 {place} 名</translation>
    </message>
    <message>
        <source>top quarter</source>
        <translation>前四分之一</translation>
    </message>
    <message>
        <source>upper half</source>
        <translation>上半部分</translation>
    </message>
    <message>
        <source>lower half</source>
        <translation>下半部分</translation>
    </message>
    <message>
        <source>bottom quarter</source>
        <translation>后四分之一</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>Each nominee's score is the average of the totals given by the judges who scored it.</source>
        <translation>每位候选者的得分是为其评分的评委所给总分的平均值。</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Each nominee's score is the middle value of the judges' totals, so a single very high or very low total cannot move it much.</source>
        <translation>每位候选者的得分是评委总分的中间值，因此单个极高或极低的总分对其影响不大。</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>截尾平均</translation>
    </message>
    <message>
        <source>A fifth of the judges' totals is set aside at each end (the total at the cut counts in part) and the rest averaged, so one extreme total cannot move the score much, whatever the number of judges.</source>
        <translation>评委总分的两端各剔除五分之一（位于截断处的总分部分计入），其余取平均，因此无论评委人数多少，单个极端总分对得分的影响都不大。</translation>
    </message>
    <message>
        <source>Standardised (z-score)</source>
        <translation>标准化（z 分数）</translation>
    </message>
    <message>
        <source>Each judge's totals are first standardised, so that a strict judge and a generous judge weigh the same; the standardised scores are averaged and mapped back to the panel's 0-100 scale.</source>
        <translation>先将每位评委的总分标准化，使严格与宽松的评委权重相同；再对标准化分数取平均，并换算回评审组的 0–100 量表。</translation>
    </message>
    <message>
        <source>Schulze ranking</source>
        <translation>舒尔茨排名</translation>
    </message>
    <message>
        <source>Each judge's totals give a ranking of the nominees; the Schulze method combines these rankings by comparing every pair of nominees, and the score shown is a helper value for ordering.</source>
        <translation>每位评委的总分给出一个候选者排名；舒尔茨方法通过比较每一对候选者来合并这些排名，所示得分是用于排序的辅助值。</translation>
    </message>
    <message>
        <source>Adjusted for judge severity</source>
        <translation>按评委宽严程度调整</translation>
    </message>
    <message>
        <source>A model fitted to all the scores separates each nominee's standing from each judge's strictness or generosity; the score is what a judge of average strictness would give, so a nominee does not gain from having avoided a strict judge.</source>
        <translation>用全部评分拟合的模型把每位候选者的水平与每位评委的严格或宽松区分开；得分是一位宽严适中的评委会给出的分数，因此候选者不会因避开严格的评委而得益。</translation>
    </message>
    <message>
        <source>{n} judge</source>
        <translation>{n} 位评委</translation>
    </message>
    <message>
        <source>{n} judges</source>
        <translation>{n} 位评委</translation>
    </message>
    <message>
        <source>Krippendorff's alpha (interval)</source>
        <translation>克里彭多夫 alpha（区间）</translation>
    </message>
    <message>
        <source>agreement on the nominees' totals, allowing missing scores; ≥ 0.80 is reliable, ≥ 0.667 acceptable for tentative conclusions</source>
        <translation>对候选者总分的一致性，允许缺失评分；≥ 0.80 为可靠，≥ 0.667 可用于初步结论</translation>
    </message>
    <message>
        <source>absolute agreement of single judges (judges as a random sample), on every score given</source>
        <translation>单个评委的绝对一致性（评委视为随机样本），基于全部评分</translation>
    </message>
    <message>
        <source>absolute agreement of single judges (judges as a random sample), over nominees every judge scored</source>
        <translation>单个评委的绝对一致性（评委视为随机样本），基于每位评委都评过的候选者</translation>
    </message>
    <message>
        <source>consistency of single judges (same judges, strictness differences ignored)</source>
        <translation>单个评委的一致性（同一组评委，忽略宽严差异）</translation>
    </message>
    <message>
        <source>reliability of the panel's average, which is what the ranking rests on</source>
        <translation>评审组平均分的信度，即排名的依据</translation>
    </message>
    <message>
        <source>Kendall's W</source>
        <translation>肯德尔 W</translation>
    </message>
    <message>
        <source>agreement on the order of the nominees (0 none, 1 identical rankings)</source>
        <translation>对候选者排序的一致性（0 为毫无一致，1 为排名完全相同）</translation>
    </message>
    <message>
        <source>{n} score sheet received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.</source>
        <translation>共收到 {n} 份评分表；{valid} 份有效并已计入。未通过核验的评分表与原因一并列出，不计入结果。</translation>
    </message>
    <message>
        <source>{n} score sheets received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.</source>
        <translation>共收到 {n} 份评分表；{valid} 份有效并已计入。未通过核验的评分表与原因一并列出，不计入结果。</translation>
    </message>
    <message>
        <source>some criteria not scored (missing, not zero)</source>
        <translation>部分评审指标未评分（按缺失处理，而非零分）</translation>
    </message>
    <message>
        <source>scores for a conflicted nominee left out</source>
        <translation>对存在利益冲突的候选者的评分未计入</translation>
    </message>
    <message>
        <source>formatting shows values other than the signed ones (those count)</source>
        <translation>格式使显示的数值与签名数值不同（以签名数值为准）</translation>
    </message>
    <message>
        <source>another sheet of this judge with the same sequence and other values</source>
        <translation>该评委另有一份序号相同但数值不同的评分表</translation>
    </message>
    <message>
        <source>roster not checked</source>
        <translation>未核对名单</translation>
    </message>
    <message>
        <source>Result hash (SHA-256 of the signed values)</source>
        <translation>结果哈希（签名数值的 SHA-256）</translation>
    </message>
    <message>
        <source>Framework hash</source>
        <translation>评审框架哈希</translation>
    </message>
    <message>
        <source>Chair key fingerprint</source>
        <translation>主席密钥指纹</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>agreement on the nominees' totals, allowing missing scores; ≥ {reliable} is reliable, ≥ {tentative} acceptable for tentative conclusions</source>
        <translation>对候选者总分的一致性，允许缺失评分；≥ {reliable} 为可靠，≥ {tentative} 可用于初步结论</translation>
    </message>
    <message>
        <source>Award categories</source>
        <translation>奖项类别</translation>
    </message>
    <message>
        <source>Within this category (its own bootstrap over judges, same method and seed; "First" and "Ranks (90%)" are among its nominees): {figures}.</source>
        <translation>本类别内（对评委单独进行自助重抽样，方法与随机种子相同；“第一”与“名次（90%）”仅在本类别候选者中计算）：{figures}。</translation>
    </message>
    <message>
        <source>How sure the category's ranking is could not be estimated: {why}.</source>
        <translation>无法估计本类别排名的可靠程度：{why}。</translation>
    </message>
    <message>
        <source>{label} not computed ({why})</source>
        <translation>{label} 未计算（{why}）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>too little data</source>
        <translation>数据太少</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>被篡改</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>unknown judge</source>
        <translation>未知评委</translation>
    </message>
    <message>
        <source>wrong panel</source>
        <translation>评审组不符</translation>
    </message>
    <message>
        <source>wrong framework</source>
        <translation>评审框架不符</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Copies of your store, newest first. Restoring puts the chosen copy back; the current store is kept beside it (store-replaced-….sqlite), so nothing is thrown away.</source>
        <translation>您的数据存储副本，最新的在前。恢复会放回所选副本；当前存储会保留在旁边（store-replaced-….sqlite），因此不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>日期（UTC）</translation>
    </message>
    <message>
        <source>Panels and scores</source>
        <translation>评审组与评分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>cannot be restored: {why}</source>
        <translation>无法恢复：{why}</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>{folder} 中还没有备份。</translation>
    </message>
    <message>
        <source>Put {name} back as your store? Your current store is kept beside it.</source>
        <translation>将 {name} 恢复为您的数据存储？当前存储会保留在旁边。</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>A justification is required for level {level}</source>
        <translation>选择等级 {level} 时必须填写理由</translation>
    </message>
    <message>
        <source>Declare conflict…</source>
        <translation>声明利益冲突…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest for this nominee</source>
        <translation>就该候选者声明利益冲突</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评审指标</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审指标</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Your level for the criterion (scale {low}–{high})</source>
        <translation>您对该评审指标给出的等级（{low}–{high} 级）</translation>
    </message>
    <message>
        <source>The domain's subtotal, from 0 to 100</source>
        <translation>该领域的小计，0 至 100</translation>
    </message>
    <message>
        <source>Justification required</source>
        <translation>需要填写理由</translation>
    </message>
    <message>
        <source>Comment (justification) for this criterion</source>
        <translation>此指标的评语（理由）</translation>
    </message>
    <message>
        <source>Justification for your level (Tab from the criteria; Ctrl+Enter for the next criterion)</source>
        <translation>请说明给出该等级的理由（在指标列表中按 Tab 进入；按 Ctrl+Enter 转到下一项指标）</translation>
    </message>
    <message>
        <source>Domain subtotals and total</source>
        <translation>领域小计与总分</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>评语(&amp;C)</translation>
    </message>
    <message>
        <source>Scoring {name}</source>
        <translation>正在为 {name} 评分</translation>
    </message>
    <message>
        <source>from the panel roster</source>
        <translation>来自评审组名单</translation>
    </message>
    <message>
        <source>declared by you</source>
        <translation>由您声明</translation>
    </message>
    <message>
        <source>Recused — conflict of interest ({origin}): {reason}. Scoring is locked.</source>
        <translation>已回避 — 利益冲突（{origin}）：{reason}。评分已锁定。</translation>
    </message>
    <message>
        <source>Withdraw conflict</source>
        <translation>撤回利益冲突</translation>
    </message>
    <message>
        <source>level {level}, {state}</source>
        <translation>等级 {level}，{state}</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>已回避</translation>
    </message>
    <message>
        <source>Recused: not scored ({count} criteria)</source>
        <translation>已回避：不评分（共 {count} 项评审指标）</translation>
    </message>
    <message>
        <source>{value} / 100</source>
        <translation>{value} / 100</translation>
    </message>
    <message>
        <source>Total: {total} &amp;nbsp;·&amp;nbsp; {done}/{count} criteria complete</source>
        <translation>总分：{total} &amp;nbsp;·&amp;nbsp; 已完成 {done}/{count} 项评审指标</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>总分：{total}</translation>
    </message>
    <message>
        <source>— ({done} of {count} criteria complete)</source>
        <translation>—（{count} 项评审指标中已完成 {done} 项）</translation>
    </message>
    <message>
        <source>Not saved — see the status bar. Your choice is kept on screen; choose it again to retry.</source>
        <translation>未保存 — 请查看状态栏。您的选择仍保留在屏幕上；再次选择即可重试。</translation>
    </message>
    <message>
        <source>{name} is locked by a conflict of interest: nothing was changed.</source>
        <translation>{name} 因利益冲突已被锁定：未做任何更改。</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>尚未核验</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>已被篡改</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>Unknown judge</source>
        <translation>未知评委</translation>
    </message>
    <message>
        <source>Wrong panel</source>
        <translation>评审组不符</translation>
    </message>
    <message>
        <source>Wrong framework</source>
        <translation>评审框架不符</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The sheet will be verified when the merge runs.</source>
        <translation>合并时将核验该评分表。</translation>
    </message>
    <message>
        <source>The signature checks out and the judge is on the panel roster.</source>
        <translation>签名核验通过，且该评委在评审组名单上。</translation>
    </message>
    <message>
        <source>Cells were changed after the judge signed the sheet; it is not used.</source>
        <translation>评委签名后有单元格被改动；该评分表不予采用。</translation>
    </message>
    <message>
        <source>The signature does not verify; the sheet is not used.</source>
        <translation>签名核验未通过；该评分表不予采用。</translation>
    </message>
    <message>
        <source>Signed by a key that is not on the panel roster; not used.</source>
        <translation>签名密钥不在评审组名单上；不予采用。</translation>
    </message>
    <message>
        <source>The sheet belongs to another panel or round; not used.</source>
        <translation>该评分表属于其他评审组或其他轮次；不予采用。</translation>
    </message>
    <message>
        <source>The sheet was scored against another framework version; not used.</source>
        <translation>该评分表依据的是其他版本的评审框架；不予采用。</translation>
    </message>
    <message>
        <source>A newer sheet from the same judge replaces this one.</source>
        <translation>同一评委的更新评分表取代了这一份。</translation>
    </message>
    <message>
        <source>Not a readable score sheet (corrupt, hostile or another kind of file).</source>
        <translation>不是可读取的评分表（文件损坏、存在恶意内容或为其他类型的文件）。</translation>
    </message>
    <message>
        <source>incomplete: some criteria were left unscored</source>
        <translation>未完成：部分指标未评分</translation>
    </message>
    <message>
        <source>scored a nominee the roster marks as a conflict (those scores are excluded)</source>
        <translation>为名单中标记为利益冲突的候选者评了分（这些分数不予计入）</translation>
    </message>
    <message>
        <source>displayed differently: number formats, invisible text or hidden rows/columns make the file show other values than the signed ones (the signed values are used)</source>
        <translation>显示与签名不符：数字格式、不可见的文字或隐藏的行/列使文件显示的值与签名的值不同（采用签名的值）</translation>
    </message>
    <message>
        <source>the judge exported knowing that the sheet's edit history was altered</source>
        <translation>评委在明知评分表的编辑历史被改动的情况下导出了该表</translation>
    </message>
    <message>
        <source>the judge's key was not checked against a panel roster</source>
        <translation>评委的密钥未与评审组名单核对</translation>
    </message>
    <message>
        <source>another sheet from this judge has the same round and sequence but different signed values: ask the judge which one is right</source>
        <translation>该评委的另一份评分表轮次和序号相同，但签名的数值不同：请向该评委确认哪一份是正确的</translation>
    </message>
    <message>
        <source>1 changed cell: {cells}</source>
        <translation>1 个单元格被改动：{cells}</translation>
    </message>
    <message>
        <source>{n} changed cells: {cells}</source>
        <translation>{n} 个单元格被改动：{cells}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{sheet}: row {row} ({ids}) missing</source>
        <translation>{sheet}：第 {row} 行（{ids}）缺失</translation>
    </message>
    <message>
        <source>{sheet}: rows {first}–{last} ({ids}) missing</source>
        <translation>{sheet}：第 {first}–{last} 行（{ids}）缺失</translation>
    </message>
    <message>
        <source>{head}; the row below moved up</source>
        <translation>{head}；其下的 1 行上移</translation>
    </message>
    <message>
        <source>{head}; the {n} rows below moved up</source>
        <translation>{head}；其下的 {n} 行上移</translation>
    </message>
    <message>
        <source>{sheet}: an extra row at {row} ({ids})</source>
        <translation>{sheet}：第 {row} 行是多出的一行（{ids}）</translation>
    </message>
    <message>
        <source>{sheet}: {n} extra rows at {first}–{last} ({ids})</source>
        <translation>{sheet}：第 {first}–{last} 行是多出的 {n} 行（{ids}）</translation>
    </message>
    <message>
        <source>{head}; the row below moved down</source>
        <translation>{head}；其下的 1 行下移</translation>
    </message>
    <message>
        <source>{head}; the {n} rows below moved down</source>
        <translation>{head}；其下的 {n} 行下移</translation>
    </message>
    <message>
        <source>{cell} (signed {signed}) is displayed with the number format {format}</source>
        <translation>{cell}（签名值 {signed}）以数字格式 {format} 显示</translation>
    </message>
    <message>
        <source>{cell} (signed {signed}) cannot be seen: {why}</source>
        <translation>{cell}（签名值 {signed}）无法看见：{why}</translation>
    </message>
    <message>
        <source>{sheet}: hidden rows {items} and {n} more</source>
        <translation>{sheet}：隐藏的行 {items}，另有 {n} 行</translation>
    </message>
    <message>
        <source>{sheet}: hidden rows {items}</source>
        <translation>{sheet}：隐藏的行 {items}</translation>
    </message>
    <message>
        <source>{sheet}: hidden columns {items} and {n} more</source>
        <translation>{sheet}：隐藏的列 {items}，另有 {n} 列</translation>
    </message>
    <message>
        <source>{sheet}: hidden columns {items}</source>
        <translation>{sheet}：隐藏的列 {items}</translation>
    </message>
    <message>
        <source>{sheet}: conditional formatting on {range} can change how values look</source>
        <translation>{sheet}：{range} 上的条件格式可能改变值的显示</translation>
    </message>
    <message>
        <source>{sheet}: conditional formatting can change how values look</source>
        <translation>{sheet}：条件格式可能改变值的显示</translation>
    </message>
    <message>
        <source>{sheet}: zero values are set not to show</source>
        <translation>{sheet}：设置为不显示零值</translation>
    </message>
    <message>
        <source>{sheet}: {what} can hide or cover values</source>
        <translation>{sheet}：{what}可能隐藏或遮挡数值</translation>
    </message>
    <message>
        <source>The cell formats could not be checked: {reason}</source>
        <translation>无法检查单元格格式：{reason}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <source>{cell}: signed {signed}, found {found}</source>
        <translation>{cell}：签名时为 {signed}，现为 {found}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Judge: {name} &lt;{email}&gt;</source>
        <translation>评委：{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Panel: {title} ({id}), round {round}</source>
        <translation>评审组：{title}（{id}），第 {round} 轮</translation>
    </message>
    <message>
        <source>Sequence: {sequence} · exported {exported}</source>
        <translation>序号：{sequence} · 导出于 {exported}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Displayed differently from what was signed:</source>
        <translation>显示与签名不符之处：</translation>
    </message>
    <message>
        <source>Changed cells ({n}):</source>
        <translation>被改动的单元格（{n} 个）：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changed cells:</source>
        <translation>被改动的单元格：</translation>
    </message>
    <message>
        <source>… and {n} more (see the details pane)</source>
        <translation>… 另有 {n} 个（见详情面板）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>已回避</translation>
    </message>
    <message>
        <source>not assigned to you</source>
        <translation>未分配给您</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>未评</translation>
    </message>
    <message>
        <source>needs comment</source>
        <translation>需填写评语</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>level {level}: {criterion}</source>
        <translation>等级 {level}：{criterion}</translation>
    </message>
    <message>
        <source>clear level: {criterion}</source>
        <translation>清除等级：{criterion}</translation>
    </message>
    <message>
        <source>comment: {criterion}</source>
        <translation>评语：{criterion}</translation>
    </message>
    <message>
        <source>declare conflict ({nominee})</source>
        <translation>声明利益冲突（{nominee}）</translation>
    </message>
    <message>
        <source>withdraw conflict ({nominee})</source>
        <translation>撤回利益冲突（{nominee}）</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>欢迎使用 {app}</translation>
    </message>
    <message>
        <source>One app for the whole awards panel:&lt;br&gt;• &lt;b&gt;Judge&lt;/b&gt;: read each nominee's dossier, score it on the framework and send the organizer your signed score sheet.&lt;br&gt;• &lt;b&gt;Chair&lt;/b&gt;: check every judge's sheet and combine them into the panel result (the Merge tab).&lt;br&gt;• &lt;b&gt;Organizer&lt;/b&gt;: build the signed panel package and print the final report (the Organizer tab).</source>
        <translation>一个应用，服务整个奖项评审组：&lt;br&gt;• &lt;b&gt;评委&lt;/b&gt;：阅读每位候选者的申报材料，按评审框架评分，并把已签名的评分表发送给组织者。&lt;br&gt;• &lt;b&gt;小组主席&lt;/b&gt;：核验每位评委的评分表，并合并为评审组结果（“合并”选项卡）。&lt;br&gt;• &lt;b&gt;组织者&lt;/b&gt;：生成已签名的评审组文件包，并打印最终报告（“组织者”选项卡）。</translation>
    </message>
    <message>
        <source>The three roles</source>
        <translation>三种角色</translation>
    </message>
    <message>
        <source>Create my &amp;judge identity…</source>
        <translation>创建我的评委身份(&amp;J)…</translation>
    </message>
    <message>
        <source>Create my judge identity</source>
        <translation>创建我的评委身份</translation>
    </message>
    <message>
        <source>Make the signing key that signs your score sheets (name, e-mail, passphrase). It never leaves this computer.</source>
        <translation>生成用于签署评分表的签名密钥（姓名、电子邮箱、口令）。它永远不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>您的身份</translation>
    </message>
    <message>
        <source>&amp;Open a panel package…</source>
        <translation>打开评审组文件包(&amp;O)…</translation>
    </message>
    <message>
        <source>Open panel package</source>
        <translation>打开评审组文件包</translation>
    </message>
    <message>
        <source>Open the .zdxpanel file the organizer sent you; you can also drop it onto this window.</source>
        <translation>打开组织者发给您的 .zdxpanel 文件；也可以把文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Try the demo panel</source>
        <translation>试用演示评审组</translation>
    </message>
    <message>
        <source>A complete fictional panel to practise on: nothing you do there is sent anywhere.</source>
        <translation>一个完整的虚构评审组，供练习使用：您在其中的任何操作都不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>您的数据在哪里</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the app never uses the network. Files travel only when you send them yourself. Press F1 for the guide.</source>
        <translation>所有数据都不会离开这台电脑：本应用从不使用网络。只有您亲自发送时，文件才会传出。按 F1 查看使用指南。</translation>
    </message>
    <message>
        <source>Your data is kept in this folder: {path}</source>
        <translation>您的数据保存在此文件夹：{path}</translation>
    </message>
    <message>
        <source>Identity: {name} ({fingerprint})</source>
        <translation>身份：{name}（{fingerprint}）</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>listed by the organizer</source>
        <translation>由组织者列明</translation>
    </message>
    <message>
        <source>this nominee is not assigned to you</source>
        <translation>该候选者未分配给您</translation>
    </message>
    <message>
        <source>Score only your assigned nominees; ask the organizer if you should score this one.</source>
        <translation>请只为分配给您的候选者评分；如需为此候选者评分，请询问组织者。</translation>
    </message>
    <message>
        <source>this nominee is locked by a conflict of interest</source>
        <translation>该候选者因利益冲突已被锁定</translation>
    </message>
    <message>
        <source>Withdraw your declared conflict to score it.</source>
        <translation>撤回您声明的利益冲突后即可评分。</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <source>this conflict comes from the panel roster and cannot be withdrawn</source>
        <translation>此利益冲突来自评审组名单，无法撤回</translation>
    </message>
    <message>
        <source>Ask the organizer if it is wrong.</source>
        <translation>如有错误，请联系组织者。</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>All nominees</source>
        <translation>全部候选者</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>已回避</translation>
    </message>
    <message>
        <source>Filter nominees (Ctrl+F)</source>
        <translation>筛选候选者（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter nominees by name</source>
        <translation>按名称筛选候选者</translation>
    </message>
    <message>
        <source>Filter nominees by status</source>
        <translation>按状态筛选候选者</translation>
    </message>
    <message>
        <source>Filter nominees by award category</source>
        <translation>按奖项类别筛选候选者</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>候选者</translation>
    </message>
    <message>
        <source>Next &amp;unscored</source>
        <translation>下一项未评分(&amp;U)</translation>
    </message>
    <message>
        <source>Go to the next unscored criterion</source>
        <translation>转到下一项未评分的指标</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Everything is scored — nothing left to do.</source>
        <translation>全部已评分 — 没有剩余的工作。</translation>
    </message>
    <message>
        <source>{done} of {n_nominees} done</source>
        <translation>已完成 {done}/{n_nominees}</translation>
    </message>
    <message>
        <source>{n} assigned to you</source>
        <translation>分配给您 {n} 位</translation>
    </message>
    <message>
        <source>No judge identity on this computer yet: create one (File ▸ My identity) and send your judge card to the organizer, or the chair will reject your sheet.</source>
        <translation>这台电脑上还没有评委身份：请创建一个（文件 ▸ 我的身份），并把您的评委卡发送给组织者，否则小组主席会拒收您的评分表。</translation>
    </message>
    <message>
        <source>Your key ({fp}) is not on this panel's roster: the chair will reject your sheet. Send your judge card (File ▸ My identity) to the organizer.</source>
        <translation>您的密钥（{fp}）不在本评审组的名单上：小组主席会拒收您的评分表。请把您的评委卡（文件 ▸ 我的身份）发送给组织者。</translation>
    </message>
    <message>
        <source>The organizer adds your card to the panel and sends you an updated package; open it here and your scores are kept. You can score meanwhile.</source>
        <translation>组织者把您的评委卡加入评审组后，会发给您一个更新的文件包；在这里打开它，您已有的评分都会保留。在此期间您可以照常评分。</translation>
    </message>
    <message>
        <source>Roster warning</source>
        <translation>名单提醒</translation>
    </message>
    <message>
        <source>My identity…</source>
        <translation>我的身份…</translation>
    </message>
    <message>
        <source>Create your identity or save your judge card to send to the organizer</source>
        <translation>创建您的身份，或保存您的评委卡以发送给组织者</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>PDF preview</source>
        <translation>PDF 预览</translation>
    </message>
</context>
<context>
    <name>dossier_view</name>
    <message>
        <source>This dossier has no narrative sections.</source>
        <translation>此申报材料没有正文章节。</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>signed by {judge} ({fingerprint}), who is not on this panel's roster</source>
        <translation>由 {judge}（{fingerprint}）签名，此人不在本评审组的名单上</translation>
    </message>
    <message>
        <source>made for panel '{panel}', not '{expected}'</source>
        <translation>为评审组“{panel}”制作，而非“{expected}”</translation>
    </message>
    <message>
        <source>made for round {round}; this package is round {panel_round} (open the newer panel package)</source>
        <translation>为第 {round} 轮制作；本评审包为第 {panel_round} 轮（请打开较新的评审包）</translation>
    </message>
    <message>
        <source>scored against framework {framework} {version} ({hash}), not the panel's</source>
        <translation>依据评审框架 {framework} {version}（{hash}）评分，而非本评审组的框架</translation>
    </message>
    <message>
        <source>names nominee '{nominee}', who is not on this panel</source>
        <translation>列出了候选者“{nominee}”，其不属于本评审组</translation>
    </message>
    <message>
        <source>scores criterion '{criterion}', not in the panel's framework</source>
        <translation>为评审指标“{criterion}”评分，该指标不在本评审组的框架中</translation>
    </message>
    <message>
        <source>level {level} for {nominee}/{criterion} is off the scale</source>
        <translation>{nominee}/{criterion} 的等级 {level} 超出量表范围</translation>
    </message>
    <message>
        <source>scores {nominee}/{criterion} twice: the app never writes such a sheet. Do not use this file; ask the judge to export it again.</source>
        <translation>对 {nominee}/{criterion} 评分两次：本应用从不写出这样的评分表。请勿使用此文件；请评委重新导出。</translation>
    </message>
    <message>
        <source>the sheet names its judge '{name}', but this panel's roster names the holder of that key '{roster_name}'</source>
        <translation>评分表上的评委名为“{name}”，但本评审组名单上该密钥持有人名为“{roster_name}”</translation>
    </message>
    <message>
        <source>{count} nominee name(s) differ from this panel package's (first: {first}): the sheet was made for another version of the panel</source>
        <translation>有 {count} 个候选者名称与本评审包不同（第一个：{first}）：该评分表是为另一版本的评审组制作的</translation>
    </message>
    <message>
        <source>{count} Summary figure(s) do not follow from the signed levels (first: {first}). Do not use this file; ask the judge to export it again.</source>
        <translation>有 {count} 个汇总数字与签名的等级不符（第一个：{first}）。请勿使用此文件；请评委重新导出。</translation>
    </message>
    <message>
        <source>from round {round}; the panel is in round {panel_round}</source>
        <translation>来自第 {round} 轮；评审组当前为第 {panel_round} 轮</translation>
    </message>
    <message>
        <source>export #{sequence}; a newer export (#{newer}) of this judge exists</source>
        <translation>第 {sequence} 次导出；该评委有更新的导出（第 {newer} 次）</translation>
    </message>
    <message>
        <source>The signature is valid and every cell matches what the judge signed.</source>
        <translation>签名有效，且每个单元格都与评委签名的内容一致。</translation>
    </message>
    <message>
        <source>The signature does not match the signed values: the file was altered or damaged. Ask the judge to export it again.</source>
        <translation>签名与签名的数值不符：文件已被修改或损坏。请评委重新导出。</translation>
    </message>
    <message>
        <source>{cells} and {n} more</source>
        <translation>{cells} 及另外 {n} 个</translation>
    </message>
    <message>
        <source>{total} cell(s) differ from what {judge} signed: {cells}. Do not use this file; ask the judge to export it again.</source>
        <translation>有 {total} 个单元格与 {judge} 签名的内容不同：{cells}。请勿使用此文件；请评委重新导出。</translation>
    </message>
    <message>
        <source>The signature is valid and every cell matches what the judge signed, but the judge's key was not checked against a panel roster: pass --panel PANEL.zdxpanel to check it.</source>
        <translation>签名有效，且每个单元格都与评委签名的内容一致，但评委的密钥未与评审组名单核对：请用 --panel PANEL.zdxpanel 核对。</translation>
    </message>
    <message>
        <source>font size {size}</source>
        <translation>字号 {size}</translation>
    </message>
    <message>
        <source>symbol font {name}</source>
        <translation>符号字体 {name}</translation>
    </message>
    <message>
        <source>text colour {colour} on background {background}</source>
        <translation>文字颜色 {colour}，背景颜色 {background}</translation>
    </message>
    <message>
        <source>default column width {width}</source>
        <translation>默认列宽 {width}</translation>
    </message>
    <message>
        <source>merged cells {cells}</source>
        <translation>合并单元格 {cells}</translation>
    </message>
    <message>
        <source>a drawing or text box over the cells</source>
        <translation>覆盖在单元格上的图形或文本框</translation>
    </message>
    <message>
        <source>duplicate of {file} (the same file given twice); counted once</source>
        <translation>与 {file} 重复（同一文件给出了两次）；只计一次</translation>
    </message>
    <message>
        <source>duplicate of {file}. {message}</source>
        <translation>与 {file} 重复。{message}</translation>
    </message>
    <message>
        <source>duplicate of {file}.</source>
        <translation>与 {file} 重复。</translation>
    </message>
    <message>
        <source>superseded by {file} (round {round}, sequence {sequence}) from the same judge</source>
        <translation>已被同一评委的 {file}（第 {round} 轮，序号 {sequence}）取代</translation>
    </message>
    <message>
        <source>a second copy of {file} (the same signed values); that copy is used</source>
        <translation>{file} 的第二份副本（签名数值相同）；使用的是那一份</translation>
    </message>
    <message>
        <source>a second copy of {file} (the same signed values); that copy is used because this one has warnings</source>
        <translation>{file} 的第二份副本（签名数值相同）；使用的是那一份，因为这一份有警告</translation>
    </message>
    <message>
        <source>{file} was exported later ({exported}, this one {this})</source>
        <translation>{file} 导出较晚（{exported}，本文件为 {this}）</translation>
    </message>
    <message>
        <source>both were exported at the same moment, so the choice is arbitrary</source>
        <translation>两者导出时间相同，因此选择是任意的</translation>
    </message>
    <message>
        <source>NOT used: {file} has the same judge, round {round} and sequence {sequence} but DIFFERENT signed values; {why}. Ask the judge which sheet is right and to export it again</source>
        <translation>未使用：{file} 来自同一评委，轮次 {round}、序号 {sequence} 相同，但签名数值【不同】；{why}。请向评委确认哪份评分表正确，并请其重新导出</translation>
    </message>
    <message>
        <source>because it was exported later</source>
        <translation>因为它导出较晚</translation>
    </message>
    <message>
        <source>arbitrarily (both were exported at the same moment)</source>
        <translation>任意选择的（两者导出时间相同）</translation>
    </message>
    <message>
        <source>used, but {others} from the same judge has the same round {round} and sequence {sequence} with DIFFERENT signed values; this one was chosen {chosen}. Ask the judge to confirm</source>
        <translation>已使用，但同一评委的 {others} 轮次 {round}、序号 {sequence} 相同而签名数值【不同】；选择此份是{chosen}。请向评委确认</translation>
    </message>
    <message>
        <source>the judges' totals span {spread} points, among the widest 10% in the panel</source>
        <translation>评委总分的跨度为 {spread} 分，属评审组中最宽的 10%</translation>
    </message>
    <message>
        <source>levels range from {low} to {high}</source>
        <translation>等级从 {low} 到 {high}</translation>
    </message>
    <message>
        <source>good agreement</source>
        <translation>良好的一致性</translation>
    </message>
    <message>
        <source>moderate agreement (tentative conclusions only)</source>
        <translation>中等的一致性（只能得出初步结论）</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>较弱的一致性</translation>
    </message>
    <message>
        <source>systematic disagreement</source>
        <translation>系统性的分歧</translation>
    </message>
    <message>
        <source>Agreement between judges cannot be measured: {why}.</source>
        <translation>无法衡量评委之间的一致性：{why}。</translation>
    </message>
    <message>
        <source>too few overlapping scores</source>
        <translation>重叠的评分太少</translation>
    </message>
    <message>
        <source>The judges' totals show {words} (alpha {alpha}).</source>
        <translation>评委的总分显示出{words}（alpha {alpha}）。</translation>
    </message>
    <message>
        <source>ICC cannot be computed: {why}.</source>
        <translation>无法计算 ICC：{why}。</translation>
    </message>
    <message>
        <source>ICC(2,1) {icc21} and ICC(3,1) {icc31} (one judge), over {nominees} nominees and {judges} judges with every score they have; a large gap between them means judges differ mainly in severity.</source>
        <translation>ICC(2,1) 为 {icc21}，ICC(3,1) 为 {icc31}（单个评委），基于 {nominees} 位候选者和 {judges} 位评委的全部评分；两者差距大说明评委主要在宽严程度上不同。</translation>
    </message>
    <message>
        <source>ICC(2,k) {icc2k}: the reliability of the panel average (about {k} judges per nominee), which is what the ranking rests on.</source>
        <translation>ICC(2,k) 为 {icc2k}：评审组平均分的信度（每位候选者约 {k} 位评委），这是排名的依据。</translation>
    </message>
    <message>
        <source>the judges largely agree on the order.</source>
        <translation>评委对排序基本一致。</translation>
    </message>
    <message>
        <source>the judges agree on the order only in part.</source>
        <translation>评委对排序仅部分一致。</translation>
    </message>
    <message>
        <source>the judges order the nominees differently.</source>
        <translation>评委对候选者的排序各不相同。</translation>
    </message>
    <message>
        <source>Kendall's W {w} (from the judges' pairwise rank correlations, as not every judge scored every nominee): {order}</source>
        <translation>肯德尔 W 为 {w}（由评委两两之间的秩相关计算，因为并非每位评委都为每位候选者评分）：{order}</translation>
    </message>
    <message>
        <source>Kendall's W {w}: {order}</source>
        <translation>肯德尔 W 为 {w}：{order}</translation>
    </message>
    <message>
        <source>Kendall's W cannot be computed: {why}.</source>
        <translation>无法计算肯德尔 W：{why}。</translation>
    </message>
    <message>
        <source>Judges disagree most on {domain} (mean alpha {alpha} over its criteria).</source>
        <translation>评委在“{domain}”上分歧最大（其评审指标的平均 alpha 为 {alpha}）。</translation>
    </message>
    <message>
        <source>{judge} scores {points} points below the panel on average.</source>
        <translation>{judge} 的评分平均比评审组低 {points} 分。</translation>
    </message>
    <message>
        <source>{judge} scores {points} points above the panel on average.</source>
        <translation>{judge} 的评分平均比评审组高 {points} 分。</translation>
    </message>
    <message>
        <source>{judge}'s totals follow the rest of the panel weakly (correlation {r}).</source>
        <translation>{judge} 的总分与评审组其他成员的一致性较弱（相关系数 {r}）。</translation>
    </message>
    <message>
        <source>every total is the same (no variance), so there is nothing to measure agreement on</source>
        <translation>所有总分都相同（无方差），因此无从衡量一致性</translation>
    </message>
    <message>
        <source>needs at least two judges who scored (found {n})</source>
        <translation>至少需要两位评过分的评委（现有 {n} 位）</translation>
    </message>
    <message>
        <source>needs at least two nominees that were scored (found {n})</source>
        <translation>至少需要两位已被评分的候选者（现有 {n} 位）</translation>
    </message>
    <message>
        <source>too few overlapping scores to separate nominees, judges and error (each nominee needs two or more judges, with judges in common)</source>
        <translation>重叠的评分太少，无法区分候选者、评委和误差（每位候选者需要两位或以上评委，且评委之间有交叉）</translation>
    </message>
    <message>
        <source>too few overlapping scores to separate nominees, judges and error</source>
        <translation>重叠的评分太少，无法区分候选者、评委和误差</translation>
    </message>
    <message>
        <source>needs a nominee scored by at least two judges</source>
        <translation>需要至少一位候选者由两位或以上评委评分</translation>
    </message>
    <message>
        <source>every judge gave all nominees the same total: there is no order to agree on</source>
        <translation>每位评委给所有候选者的总分都相同：没有可比较的排序</translation>
    </message>
    <message>
        <source>no two judges ranked two or more nominees in common (with different totals)</source>
        <translation>没有两位评委共同为两位或以上候选者排序（且总分不同）</translation>
    </message>
    <message>
        <source>needs at least two judges who scored</source>
        <translation>至少需要两位评过分的评委</translation>
    </message>
    <message>
        <source>needs at least two nominees</source>
        <translation>至少需要两位候选者</translation>
    </message>
    <message>
        <source>not computed for Schulze above {n} nominees (1,000 strongest-path computations)</source>
        <translation>候选者超过 {n} 位时不为舒尔茨方法计算（需 1,000 次最强路径计算）</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated ({why}).</source>
        <translation>无法估计排名的确定程度（{why}）。</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated.</source>
        <translation>无法估计排名的确定程度。</translation>
    </message>
    <message>
        <source>{name} ranks first in {pct}% of {n} resamples of the judges: the panel clearly tells the winner apart.</source>
        <translation>在对评委的 {n} 次重抽样中，{name} 有 {pct}% 位列第一：评审组能明确区分出获胜者。</translation>
    </message>
    <message>
        <source>The panel cannot tell the winner apart with confidence: first place in resamples of the judges goes to {names}.</source>
        <translation>评审组无法有把握地区分出获胜者：在评委的重抽样中获得第一名的是 {names}。</translation>
    </message>
    <message>
        <source>The panel cannot tell {names} apart: they share place {place}.</source>
        <translation>评审组无法区分 {names}：他们并列第 {place} 名。</translation>
    </message>
    <message>
        <source>The panel cannot tell {names} apart: their 90% rank intervals overlap (places {low}-{high}).</source>
        <translation>评审组无法区分 {names}：他们的 90% 名次区间重叠（第 {low}-{high} 名）。</translation>
    </message>
    <message>
        <source>Clearly placed: {names}</source>
        <translation>名次明确：{names}</translation>
    </message>
    <message>
        <source>Clearly placed: {names}.</source>
        <translation>名次明确：{names}。</translation>
    </message>
    <message>
        <source>Every place in the top ten is clearly separated from the next.</source>
        <translation>前十名中每个名次都与下一名明确区分。</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names}和{last}</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It has the same first place.</source>
        <translation>并非每位评委都为每位候选者评分（回避或分配所致），因此简单平均对避开较严格评委的候选者有利；调整后的排名校正了每位评委的宽严程度。两者的第一名相同。</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It puts {adjusted} first instead of {official}.</source>
        <translation>并非每位评委都为每位候选者评分（回避或分配所致），因此简单平均对避开较严格评委的候选者有利；调整后的排名校正了每位评委的宽严程度。它将 {adjusted} 排在第一，而非 {official}。</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Pseudo (testing)</source>
        <translation>伪本地化（测试用）</translation>
    </message>
    <message>
        <source>— ({done} of {count})</source>
        <translation>—（{done}/{count}）</translation>
    </message>
    <message>
        <source>Partial: {value} / 100 so far, from {done} of {count} criteria complete</source>
        <translation>尚未完成：目前为 {value} / 100，{count} 项评审指标中已完成 {done} 项</translation>
    </message>
</context>
<context>
    <name>organizer_view</name>
    <message>
        <source>the id '{id}' is also used by '{folder}'</source>
        <translation>编号“{id}”也被“{folder}”使用</translation>
    </message>
    <message>
        <source>large attachment(s): {files}</source>
        <translation>较大的附件：{files}</translation>
    </message>
    <message>
        <source>the nominees folder does not exist</source>
        <translation>候选者文件夹不存在</translation>
    </message>
    <message>
        <source>the folder has no nominee sub-folders</source>
        <translation>该文件夹中没有候选者子文件夹</translation>
    </message>
    <message>
        <source>Make one sub-folder per nominee, each with a nominee.json.</source>
        <translation>请为每位候选者建立一个子文件夹，每个子文件夹内含一个 nominee.json。</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>passphrase_dialog</name>
    <message>
        <source>Passphrase for {name} &lt;{email}&gt;
({fingerprint}) to {purpose}:</source>
        <translation>请输入 {name} &lt;{email}&gt; 的口令
（{fingerprint}），用于{purpose}：</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>too many wrong passphrases</source>
        <translation>口令错误次数过多</translation>
    </message>
    <message>
        <source>Check the passphrase and try again.</source>
        <translation>请检查口令后重试。</translation>
    </message>
</context>
</TS>

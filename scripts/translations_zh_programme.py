"""Simplified Chinese for the awards programme (assignments, categories, nominations, the next
round); ``update_translations.py`` adds these to ``translations_zh.ZH`` (whose own entries
win)."""

ZH_PROGRAMME = {
    "&Nominate\u2026": "提名(&N)\u2026",
    "Sign a nomination of a nominee for the organizer (.zdxnom)":
        "签署一份提名交给组织者（.zdxnom）",
    "Nomination saved: {path}. Send it to the organizer.": "提名已保存：{path}。请发送给组织者。",
    "Nominate": "提名",
    "Propose a nominee to the organizer: choose the nominee's folder (nominee.json and its "
    "files) and say how you know the nominee. Your nomination is signed with your key; you "
    "will not score this nominee unless the organizer lifts the conflict.":
        "向组织者推荐一位候选者：选择候选者的文件夹（nominee.json 及其文件），并说明您与候选者的关系。"
        "您的提名将用您的密钥签名；除非组织者解除利益冲突，您不会为该候选者评分。",
    "Nominee folder:": "候选者文件夹：",
    "Your relationship:": "您与候选者的关系：",
    "e.g. former colleague (2019–2021)": "例如：前同事（2019–2021）",
    "Sign and save…": "签名并保存…",
    "Choose the nominee's folder": "选择候选者的文件夹",
    "Choose the nominee's folder.": "请选择候选者的文件夹。",
    "Say how you know the nominee.": "请说明您与候选者的关系。",
    "Save the nomination": "保存提名",
    "Nomination": "提名",
    "sign the nomination": "签署提名",
    "All categories": "全部类别",
    "Filter nominees by award category": "按奖项类别筛选候选者",
    "{n} assigned to you": "分配给您 {n} 位",
    "this nominee is not assigned to you": "该候选者未分配给您",
    "Score only your assigned nominees; ask the organizer if you should score this one.":
        "请只为分配给您的候选者评分；如需为此候选者评分，请询问组织者。",
    "Judges per nominee:": "每位候选者的评委数：",
    "Assignment seed:": "分配种子：",
    "every judge scores every nominee": "每位评委为所有候选者评分",
    "Assign each nominee exactly this many judges, balanced (loads differ by at most one), "
    "never a conflicted judge":
        "为每位候选者分配恰好这么多位评委，负载均衡（相差不超过一位），绝不分配有利益冲突的评委",
    "The same seed gives the same assignment": "相同的种子产生相同的分配",
    "Next round from result…": "根据结果生成下一轮…",
    "Build the next round of a panel from its signed result: the same panel, round + 1, the "
    "top N nominees (ties at the cut included)":
        "根据已签名的结果生成评审组的下一轮：同一评审组，轮次加一，前 N 位候选者（含分界处并列者）",
    "Shortlist:": "入围名额：",
    "per category": "按类别",
    "Add nominations…": "添加提名…",
    "A folder of the judges' signed nominations (.zdxnom); only roster judges' are accepted":
        "评委已签名提名（.zdxnom）所在的文件夹；只接受名单内评委的提名",
    "Choose the folder of nominations (.zdxnom)": "选择提名（.zdxnom）所在的文件夹",
    "Nominations": "提名",
    "No nominations.": "没有提名。",
    "{nominee} ({id}) nominated by {judge}: {relationship}":
        "{nominee}（{id}）由 {judge} 提名：{relationship}",
    "Choose the signed result workbook": "选择已签名的结果工作簿",
    "Choose the package of that round": "选择该轮次的评审包",
    "Save the next round's package": "保存下一轮的评审包",
    "sign the next round's package": "签署下一轮的评审包",
    "Next round": "下一轮",
    "Round {round} of {title} saved: {path}\n{n} nominees shortlisted: {ids}":
        "{title} 第 {round} 轮已保存：{path}\n入围候选者 {n} 位：{ids}",
    "Ties at the cut were included ({where}).": "分界处的并列者已包含在内（{where}）。",
    "Building the next round…": "正在生成下一轮…",
    # the assignment matrix (organizer) and the design matrix (merge view)
    "Assignments: adjust by hand": "分配：手动调整",
    "Show the assignment matrix": "显示分配矩阵",
    "Propose an assignment from the judges per nominee and the seed, then tick or untick "
    "judges; conflicted cells cannot be ticked":
        "按每位候选者的评委人数和种子提出分配，然后勾选或取消评委；有利益冲突的格子不能勾选",
    "Drop the matrix": "放弃矩阵",
    "No matrix: the package uses K and the seed above.": "没有矩阵：评审包使用上方的评委人数和种子。",
    "The package is built from this matrix ({n} assignments).": "评审包按此矩阵生成（共 {n} 项分配）。",
    "Fewer than {k} judges: {ids}": "评委少于 {k} 位：{ids}",
    "Load the nominees and add judge cards first.": "请先载入候选者并添加评委卡。",
    "Assignments": "分配",
    "nominated this nominee": "提名了该候选者",
    "Conflict: {reason}": "利益冲突：{reason}",
    "declared by the organizer": "由组织者声明",
    "conflict": "利益冲突",
    "assigned": "已分配",
    "not assigned": "未分配",
    "{name}: {n} judges assigned": "{name}：已分配 {n} 位评委",
    "{judge} (load {n})": "{judge}（负担 {n}）",
    "Design": "评审设计",
    "assigned and scored": "已分配并已评分",
    "assigned, not scored": "已分配但未评分",
    "recused (conflict)": "回避（利益冲突）",
    "{name}: scored by {n} judges": "{name}：{n} 位评委已评分",
    "Who scored what. ✓ assigned and scored: {scored}; · assigned, not scored: "
    "{not_scored}; blank, not assigned (missing by design): {not_assigned}; R, recused: "
    "{recused}.":
        "谁评了什么。✓ 已分配并已评分：{scored}；· 已分配但未评分：{not_scored}；"
        "空白，未分配（按设计缺失）：{not_assigned}；R，回避：{recused}。",
    "Certificates saved: {path}": "证书已保存：{path}",
    "Who scored what": "谁评了什么",
    "Build the package from the judges per nominee and the seed instead":
        "改为按每位候选者的评委人数和种子生成评审包",
    "Assignment matrix": "分配矩阵",
}

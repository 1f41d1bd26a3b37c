# ruff: noqa: E501 -- a catalogue: one entry per line reads best
"""Simplified Chinese for the engine's messages (:mod:`core.messages`): message id (the
English template) -> translation, ``{placeholders}`` kept.

The one catalogue for the app and the PDFs: ``formats.pdf.i18n`` reads it directly;
``scripts/update_translations.py`` copies it into ``resources/translations/zerodx_zh_CN.ts``
(context ``engine``) and lists its ids in ``ui/engine_catalogue.py`` for ``lupdate``. A test
checks that every id the engine can raise is here. Terms as in ``scripts/translations_zh.py``.
"""

from __future__ import annotations

ENGINE_ZH: dict[str, str] = {
    # verification of a score sheet
    "signed by {judge} ({fingerprint}), who is not on this panel's roster": "由 {judge}（{fingerprint}）签名，此人不在本评审组的名单上",
    "made for panel '{panel}', not '{expected}'": "为评审组“{panel}”制作，而非“{expected}”",
    "made for round {round}; this package is round {panel_round} (open the newer panel package)": "为第 {round} 轮制作；本评审包为第 {panel_round} 轮（请打开较新的评审包）",
    "scored against framework {framework} {version} ({hash}), not the panel's": "依据评审框架 {framework} {version}（{hash}）评分，而非本评审组的框架",
    "names nominee '{nominee}', who is not on this panel": "列出了提名者“{nominee}”，其不属于本评审组",
    "scores criterion '{criterion}', not in the panel's framework": "为评审指标“{criterion}”评分，该指标不在本评审组的框架中",
    "level {level} for {nominee}/{criterion} is off the scale": "{nominee}/{criterion} 的等级 {level} 超出量表范围",
    "scores {nominee}/{criterion} twice: the app never writes such a sheet. Do not use this file; ask the judge to export it again.": "对 {nominee}/{criterion} 评分两次：本应用从不写出这样的评分表。请勿使用此文件；请评审重新导出。",
    "the sheet names its judge '{name}', but this panel's roster names the holder of that key '{roster_name}'": "评分表上的评审名为“{name}”，但本评审组名单上该密钥持有人名为“{roster_name}”",
    "{count} nominee name(s) differ from this panel package's (first: {first}): the sheet was made for another version of the panel": "有 {count} 个提名者名称与本评审包不同（第一个：{first}）：该评分表是为另一版本的评审组制作的",
    "{count} Summary figure(s) do not follow from the signed levels (first: {first}). Do not use this file; ask the judge to export it again.": "有 {count} 个汇总数字与签名的等级不符（第一个：{first}）。请勿使用此文件；请评审重新导出。",
    "from round {round}; the panel is in round {panel_round}": "来自第 {round} 轮；评审组当前为第 {panel_round} 轮",
    "export #{sequence}; a newer export (#{newer}) of this judge exists": "第 {sequence} 次导出；该评审有更新的导出（第 {newer} 次）",
    "The signature is valid and every cell matches what the judge signed.": "签名有效，且每个单元格都与评审签名的内容一致。",
    "The signature does not match the signed values: the file was altered or damaged. Ask the judge to export it again.": "签名与签名的数值不符：文件已被修改或损坏。请评审重新导出。",
    "{cells} and {n} more": "{cells} 及另外 {n} 个",
    "{total} cell(s) differ from what {judge} signed: {cells}. Do not use this file; ask the judge to export it again.": "有 {total} 个单元格与 {judge} 签名的内容不同：{cells}。请勿使用此文件；请评审重新导出。",
    "The signature is valid and every cell matches what the judge signed, but the judge's key was not checked against a panel roster: pass --panel PANEL.zdxpanel to check it.": "签名有效，且每个单元格都与评审签名的内容一致，但评审的密钥未与评审组名单核对：请用 --panel PANEL.zdxpanel 核对。",
    # why a cell of a sheet cannot be seen, or a layout hides values (display warnings)
    "font size {size}": "字号 {size}",
    "symbol font {name}": "符号字体 {name}",
    "text colour {colour} on background {background}": "文字颜色 {colour}，背景颜色 {background}",
    "default column width {width}": "默认列宽 {width}",
    "merged cells {cells}": "合并单元格 {cells}",
    "a drawing or text box over the cells": "覆盖在单元格上的图形或文本框",
    # the merge: copies and sequence clashes
    "duplicate of {file} (the same file given twice); counted once": "与 {file} 重复（同一文件给出了两次）；只计一次",
    "duplicate of {file}. {message}": "与 {file} 重复。{message}",
    "duplicate of {file}.": "与 {file} 重复。",
    "superseded by {file} (round {round}, sequence {sequence}) from the same judge": "已被同一评审的 {file}（第 {round} 轮，序号 {sequence}）取代",
    "a second copy of {file} (the same signed values); that copy is used": "{file} 的第二份副本（签名数值相同）；使用的是那一份",
    "a second copy of {file} (the same signed values); that copy is used because this one has warnings": "{file} 的第二份副本（签名数值相同）；使用的是那一份，因为这一份有警告",
    "{file} was exported later ({exported}, this one {this})": "{file} 导出较晚（{exported}，本文件为 {this}）",
    "both were exported at the same moment, so the choice is arbitrary": "两者导出时间相同，因此选择是任意的",
    "NOT used: {file} has the same judge, round {round} and sequence {sequence} but DIFFERENT signed values; {why}. Ask the judge which sheet is right and to export it again": "未使用：{file} 来自同一评审，轮次 {round}、序号 {sequence} 相同，但签名数值【不同】；{why}。请向评审确认哪份评分表正确，并请其重新导出",
    "because it was exported later": "因为它导出较晚",
    "arbitrarily (both were exported at the same moment)": "任意选择的（两者导出时间相同）",
    "used, but {others} from the same judge has the same round {round} and sequence {sequence} with DIFFERENT signed values; this one was chosen {chosen}. Ask the judge to confirm": "已使用，但同一评审的 {others} 轮次 {round}、序号 {sequence} 相同而签名数值【不同】；选择此份是{chosen}。请向评审确认",
    # why a disagreement is flagged
    "the judges' totals span {spread} points, among the widest 10% in the panel": "评审总分的跨度为 {spread} 分，属评审组中最宽的 10%",
    "levels range from {low} to {high}": "等级从 {low} 到 {high}",
    # the reliability reading
    "good agreement": "良好的一致性",
    "moderate agreement (tentative conclusions only)": "中等的一致性（只能得出初步结论）",
    "weak agreement": "较弱的一致性",
    "systematic disagreement": "系统性的分歧",
    "Agreement between judges cannot be measured: {why}.": "无法衡量评审之间的一致性：{why}。",
    "too few overlapping scores": "重叠的评分太少",
    "The judges' totals show {words} (alpha {alpha}).": "评审的总分显示出{words}（alpha {alpha}）。",
    "ICC cannot be computed: {why}.": "无法计算 ICC：{why}。",
    "ICC(2,1) {icc21} and ICC(3,1) {icc31} (one judge), over {nominees} nominees and {judges} judges with every score they have; a large gap between them means judges differ mainly in severity.": "ICC(2,1) 为 {icc21}，ICC(3,1) 为 {icc31}（单个评审），基于 {nominees} 位提名者和 {judges} 位评审的全部评分；两者差距大说明评审主要在宽严程度上不同。",
    "ICC(2,k) {icc2k}: the reliability of the panel average (about {k} judges per nominee), which is what the ranking rests on.": "ICC(2,k) 为 {icc2k}：评审组平均分的信度（每位提名者约 {k} 位评审），这是排名的依据。",
    "the judges largely agree on the order.": "评审对排序基本一致。",
    "the judges agree on the order only in part.": "评审对排序仅部分一致。",
    "the judges order the nominees differently.": "评审对提名者的排序各不相同。",
    "Kendall's W {w} (from the judges' pairwise rank correlations, as not every judge scored every nominee): {order}": "肯德尔 W 为 {w}（由评审两两之间的秩相关计算，因为并非每位评审都为每位提名者评分）：{order}",
    "Kendall's W {w}: {order}": "肯德尔 W 为 {w}：{order}",
    "Kendall's W cannot be computed: {why}.": "无法计算肯德尔 W：{why}。",
    "Judges disagree most on {domain} (mean alpha {alpha} over its criteria).": "评审在“{domain}”上分歧最大（其评审指标的平均 alpha 为 {alpha}）。",
    "{judge} scores {points} points below the panel on average.": "{judge} 的评分平均比评审组低 {points} 分。",
    "{judge} scores {points} points above the panel on average.": "{judge} 的评分平均比评审组高 {points} 分。",
    "{judge}'s totals follow the rest of the panel weakly (correlation {r}).": "{judge} 的总分与评审组其他成员的一致性较弱（相关系数 {r}）。",
    # why a statistic is undefined
    "every total is the same (no variance), so there is nothing to measure agreement on": "所有总分都相同（无方差），因此无从衡量一致性",
    "needs at least two judges who scored (found {n})": "至少需要两位评过分的评审（现有 {n} 位）",
    "needs at least two nominees that were scored (found {n})": "至少需要两位已被评分的提名者（现有 {n} 位）",
    "too few overlapping scores to separate nominees, judges and error (each nominee needs two or more judges, with judges in common)": "重叠的评分太少，无法区分提名者、评审和误差（每位提名者需要两位或以上评审，且评审之间有交叉）",
    "too few overlapping scores to separate nominees, judges and error": "重叠的评分太少，无法区分提名者、评审和误差",
    "needs a nominee scored by at least two judges": "需要至少一位提名者由两位或以上评审评分",
    "every judge gave all nominees the same total: there is no order to agree on": "每位评审给所有提名者的总分都相同：没有可比较的排序",
    "no two judges ranked two or more nominees in common (with different totals)": "没有两位评审共同为两位或以上提名者排序（且总分不同）",
    "needs at least two judges who scored": "至少需要两位评过分的评审",
    "needs at least two nominees": "至少需要两位提名者",
    "not computed for Schulze above {n} nominees (1,000 strongest-path computations)": "提名者超过 {n} 位时不为舒尔茨方法计算（需 1,000 次最强路径计算）",
    # how sure the ranking is
    "How sure the ranking is could not be estimated ({why}).": "无法估计排名的确定程度（{why}）。",
    "How sure the ranking is could not be estimated.": "无法估计排名的确定程度。",
    "{name} ranks first in {pct}% of {n} resamples of the judges: the panel clearly tells the winner apart.": "在对评审的 {n} 次重抽样中，{name} 有 {pct}% 位列第一：评审组能明确区分出获胜者。",
    "The panel cannot tell the winner apart with confidence: first place in resamples of the judges goes to {names}.": "评审组无法有把握地区分出获胜者：在评审的重抽样中获得第一名的是 {names}。",
    "The panel cannot tell {names} apart: they share place {place}.": "评审组无法区分 {names}：他们并列第 {place} 名。",
    "The panel cannot tell {names} apart: their 90% rank intervals overlap (places {low}-{high}).": "评审组无法区分 {names}：他们的 90% 名次区间重叠（第 {low}-{high} 名）。",
    "Clearly placed: {names}": "名次明确：{names}",
    "Clearly placed: {names}.": "名次明确：{names}。",
    "Every place in the top ten is clearly separated from the next.": "前十名中每个名次都与下一名明确区分。",
    "{names} and {last}": "{names}和{last}",
    "Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It has the same first place.": "并非每位评审都为每位提名者评分（回避或分配所致），因此简单平均对避开较严格评审的提名者有利；调整后的排名校正了每位评审的宽严程度。两者的第一名相同。",
    "Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It puts {adjusted} first instead of {official}.": "并非每位评审都为每位提名者评分（回避或分配所致），因此简单平均对避开较严格评审的提名者有利；调整后的排名校正了每位评审的宽严程度。它将 {adjusted} 排在第一，而非 {official}。",
}

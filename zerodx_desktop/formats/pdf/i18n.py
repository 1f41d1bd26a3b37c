"""The language of the printed pages (report, certificates, feedback letters): ``en`` or
``zh_CN``.

Message ids are the English texts (as in the app's Qt catalogue); :func:`t` looks one up in
the current language and fills its ``{placeholders}``. The language is set for one piece of
writing with :func:`printing_in` (a context variable, so a report printed in a worker thread
does not change another's language). Chinese paragraphs break lines between any two CJK
characters (reportlab's ``wordWrap="CJK"``, see :func:`wrap_mode`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.messages import recognise, render
from zerodx_desktop.core.messages_zh import ENGINE_ZH
from zerodx_desktop.formats.pdf.zh import REPORT_ZH

ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
_current: ContextVar[str] = ContextVar("zerodx_pdf_language", default=ENGLISH)

ZH: dict[str, str] = {
    # the report's frame
    "FINAL REPORT": "最终报告",
    "Round {n} · {date}": "第 {n} 轮 · {date}",
    "Panel": "评审组",
    "Framework": "评估框架",
    "Official method": "正式方法",
    "Nominees": "候选者",
    "Judges (valid sheets)": "评委（有效评分表）",
    "Chair": "主席",
    "unsigned result": "未签名的结果",
    "{valid} of {total}": "{valid} / {total}",
    "Award": "奖项",
    "Award ({category})": "奖项（{category}）",
    "Award: {category}": "奖项：{category}",
    "Verification code": "核验码",
    "The same code is printed at the foot of every page. It is derived from the result this "
    "report was printed from, so a page from another result, or from an edited one, shows a "
    "different code.":
        "每页页脚都印有相同的核验码。它由打印本报告所依据的结果计算得出，"
        "因此来自其他结果或被修改过的结果的页面会显示不同的核验码。",
    "Sample framework: the criteria in this report come from the sample framework shipped "
    "with ZeroDX Desktop, not from an official questionnaire.":
        "示例框架：本报告中的评估标准来自 ZeroDX Desktop 附带的示例框架（示例翻译），"
        "并非正式问卷。",
    "Contents": "目录",
    "Awards and decisions": "奖项与决定",
    "Method and weights": "方法与权重",
    "Ranking": "排名",
    "Method comparison": "方法比较",
    "Reliability": "信度",
    "Panel composition": "评审组构成",
    "Verification appendix": "核验附录",
    "Winner certificates": "获奖证书",
    "Page {page} of {total}": "第 {page} 页，共 {total} 页",
    "final report": "最终报告",
    "draft report": "报告草稿",
    # awards
    "The ranking is where the panel meeting started. For each award the chair recorded the "
    "panel's decision; without a decision the award goes to the ranking's first place, and a "
    "tie at the top stays a tie.":
        "排名是评审会议的起点。主席为每个奖项记录了评审组的决定；"
        "没有决定时，奖项归排名第一者，首位并列则保持并列。",
    "no nominee has a score": "没有候选者获得分数",
    "tie at the top, no decision recorded: {names}": "首位并列，未记录决定：{names}",
    "{name} (the ranking's first place)": "{name}（排名第一）",
    "{name} (decided by the panel, overriding the ranking)":
        "{name}（评审组决定，改变了排名结果）",
    "{name} (decided by the panel)": "{name}（评审组决定）",
    "Rationale: {text}": "理由：{text}",
    "Chair's notes from the meeting": "主席的会议备注",
    # the ranking table
    "Rank": "名次",
    "Nominee": "候选者",
    "Country": "国家/地区",
    "Score": "得分",
    "Judges": "评委",
    "SD": "标准差",
    "Min–Max": "最低–最高",
    "Scores are out of 100 by the official method. \"Judges\" is the number of judges whose "
    "total counted; SD and Min–Max describe the spread of their totals. \"=\" marks a tie.":
        "得分按正式方法计算，满分 100。“评委”为总分被计入的评委人数；"
        "标准差与最低–最高描述其总分的分布。“=”表示并列。",
    # certificates
    "CERTIFICATE OF EXCELLENCE": "卓越证书",
    "is awarded to": "授予",
    "{place} place": "第 {place} 名",
    "{place} place (tied)": "并列第 {place} 名",
    "Score {score} of 100 · {n} nominees · round {round} · {date}":
        "得分 {score}（满分 100）· 共 {n} 位候选者 · 第 {round} 轮 · {date}",
    "Chair of the panel: {name}": "评审组主席：{name}",
    "Chair of the panel": "评审组主席",
    "Organizer": "主办方",
    "{line}: {name}": "{line}：{name}",
    "Verification code {code}": "核验码 {code}",
    # feedback letters
    "Feedback from the judging panel": "评审组反馈信",
    "Round {n}. This letter is about your nomination only: it shows your scores against the "
    "spread of the whole field, without naming anyone else, and the judges' comments without "
    "saying who wrote them.":
        "第 {n} 轮。本信仅涉及您的提名：展示您的得分与全体候选者分布的对比"
        "（不提及任何其他人），以及评委的评语（不注明作者）。",
    "Your total": "您的总分",
    "No judge's score counted for your nomination, so there is no total.":
        "您的提名没有计入任何评委的评分，因此没有总分。",
    "Your total: {score} of 100 ({judges} judges). The field: lowest {lo}, median {median}, "
    "highest {hi} ({n} nominees).":
        "您的总分：{score}（满分 100，{judges} 位评委）。"
        "全体：最低 {lo}，中位数 {median}，最高 {hi}（共 {n} 位候选者）。",
    "Each grey tick is one nominee's total; the blue dot is yours.":
        "每条灰色刻度代表一位候选者的总分；蓝色圆点是您的总分。",
    "Your place: {band} of the field.": "您的位置：全体中的{band}。",
    "top quarter": "前四分之一",
    "upper half": "上半部分",
    "lower half": "下半部分",
    "bottom quarter": "后四分之一",
    "not ranked": "未排名",
    "Your domains": "您的各维度得分",
    "Domain": "维度",
    "Yours": "您的得分",
    "Field median": "全体中位数",
    "Field range": "全体范围",
    "The shape is your domain scores; the dashed line, the field's median.":
        "实线图形为您的各维度得分；虚线为全体中位数。",
    "Strongest criteria": "最强的评估标准",
    "Where to grow": "可提升之处",
    "{criterion} — mean level {level}": "{criterion} — 平均等级 {level}",
    "The judges' comments": "评委评语",
    "The judges left no comment for you.": "评委没有给您留下评语。",
    "Verification code of the panel result: {code}": "评审结果核验码：{code}",
    "Feedback — {name}": "反馈信 — {name}",
    **REPORT_ZH,  # the report's body
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UserError(f"unknown language '{lang}'", where="--lang",
                        hint="Use one of: " + ", ".join(LANGUAGES) + ".")
    return lang


def current() -> str:
    return _current.get()


@contextmanager
def printing_in(lang: str) -> Iterator[None]:
    """Print in ``lang`` inside the block."""
    token = _current.set(check_language(lang))
    try:
        yield
    finally:
        _current.reset(token)


def t(message: str, /, **kw: object) -> str:
    """``message`` (an English message id) in the current language, placeholders filled."""
    s = ZH.get(message, message) if _current.get() == CHINESE else message
    return s.format(**kw) if kw else s


def _lookup(message_id: str) -> str:
    if _current.get() != CHINESE:
        return message_id
    return ZH.get(message_id) or ENGINE_ZH.get(message_id, message_id)


def engine(text: str) -> str:
    """An engine message (``core.messages.Message`` or a plain sentence as its own id) in the
    current language, from the same catalogue as the app's (``core.messages_zh``); an English
    sentence read back from a result workbook is recognised by its template first."""
    if _current.get() != CHINESE:
        return str(text)
    return render(recognise(text, ENGINE_ZH), _lookup)


def wrap_mode() -> str | None:
    """reportlab's ``wordWrap`` for the current language: CJK breaks between characters."""
    return "CJK" if _current.get() == CHINESE else None


def doc_lang() -> str:
    return "zh-CN" if _current.get() == CHINESE else "en"


def local(text: object) -> str:
    """A framework text (``core.text.Text``) in the current language when it has that
    variant (else English); anything else as ``str``."""
    get = getattr(text, "get", None)
    if get is not None and not isinstance(text, dict | str):
        return str(get(_current.get()))
    return str(text)

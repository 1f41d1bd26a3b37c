"""The report's closing sections: reliability, panel composition, verification appendix."""

from __future__ import annotations

from typing import Any

from zerodx_desktop.core.reliability import ALPHA_RELIABLE, ALPHA_TENTATIVE, below_tentative
from zerodx_desktop.formats.pdf.i18n import engine
from zerodx_desktop.formats.pdf.i18n import t as _t
from zerodx_desktop.formats.pdf.layout import (
    FLAG,
    MM,
    fit_cell,
    hash_cell,
    header_cells,
    own_para,
    para,
    table,
)
from zerodx_desktop.formats.pdf.model import ReportModel
from zerodx_desktop.formats.pdf.words import (
    WARNING_WORDS,
    file_name,
    num,
    status_words,
    strip_paths,
)


def reliability_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    rel = m.result.reliability
    story: list[Any] = [own_para(_t(
        "How consistently the judges scored. Values near 1 mean the judges broadly agree; values "
        "near 0 mean the ranking owes much to which judge looked at which nominee."), st["body"])]
    rows = [
        ("Krippendorff's alpha (interval)", rel.krippendorff_alpha_interval,
         "agreement on the nominees' totals, allowing missing scores; ≥ {reliable} is "
         "reliable, ≥ {tentative} acceptable for tentative conclusions"),
        ("ICC(2,1)", rel.icc_2_1, "absolute agreement of single judges (judges as a random "
                                  "sample)" + (", on every score given" if rel.n_nominees
                                               is not None else
                                               ", over nominees every judge scored")),
        ("ICC(3,1)", rel.icc_3_1, "consistency of single judges (same judges, strictness "
                                  "differences ignored)"),
    ]
    if rel.n_nominees is not None:  # results since ICC(2,k) and the reasons
        rows.append(("ICC(2,k)", rel.icc_2_k, "reliability of the panel's average, which is "
                                              "what the ranking rests on"))
    rows.append(("Kendall's W", rel.kendall_w, "agreement on the order of the nominees (0 "
                                               "none, 1 identical rankings)"))
    keys = {"Krippendorff's alpha (interval)": "krippendorff_alpha_interval",
            "ICC(2,1)": "icc_2_1", "ICC(3,1)": "icc_3_1", "ICC(2,k)": "icc_2_k",
            "Kendall's W": "kendall_w"}
    data: list[list[Any]] = [[*header_cells([_t("Statistic")], st),
                              *header_cells([_t("Value")], st, 0),
                              *header_cells([_t("What it measures")], st)]]
    bands = {"reliable": f"{ALPHA_RELIABLE:.2f}", "tentative": f"{ALPHA_TENTATIVE:.3f}"}
    for name, val, words in rows:
        why = rel.reasons.get(keys[name]) if val is None else None
        said = _t(words, **bands)
        text = (_t("{what}. Not computed: {why}.", what=said, why=engine(why)) if why
                else said)
        data.append([own_para(_t(name), st["cellb"]), num(val, 3), own_para(text, st["cell"])])
    story.append(table(data, [45 * MM, 17 * MM, 112 * MM], right_cols=(1,)))
    if rel.n_nominees is not None:
        story.append(own_para(_t("ICC and W use every score given: {nominees} nominees, {judges} "
                               "judges.", nominees=rel.n_nominees, judges=rel.n_judges),
                            st["muted"]))
    reading = list(rel.reading)  # the engine's words, as the app shows them
    if reading:
        story.append(own_para(_t("Reading"), st["h2"]))
        for s in reading:
            story.append(para(engine(s), st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))
    if m.result.judges and any(j.severity is not None or j.agreement is not None
                               for j in m.result.judges):
        story.append(own_para(_t("Judges' severity and agreement"), st["h2"]))
        story.append(own_para(_t(
            "Severity is the judge's mean offset from the panel in points (negative: stricter "
            "than the panel; positive: more generous). Agreement is the correlation of the "
            "judge's totals with the rest of the panel's."), st["body"]))
        jd: list[list[Any]] = [header_cells([_t("Judge"), _t("Status"), _t("Severity"),
                                             _t("Agreement")], st, 2)]
        for j in m.result.judges:
            sev = "—" if j.severity is None else f"{j.severity:+.2f}"
            jd.append([para(j.name, st["cell"], limit=120),
                       para(status_words(j.status), st["cell"], limit=40),
                       sev, num(j.agreement, 3)])
        story.append(table(jd, [80 * MM, 35 * MM, 25 * MM, 25 * MM], right_cols=(2, 3)))
    pc = m.result.reliability.per_criterion_alpha
    if pc:
        story.append(own_para(_t("Agreement per criterion (Krippendorff's alpha)"), st["h2"]))
        crit_keys = list(pc)
        if m.crit_order:
            big = len(m.crit_order)
            crit_keys.sort(key=lambda k: m.crit_order.get(k, big))
        cd: list[list[Any]] = [header_cells([_t("Criterion"), _t("Alpha")], st, 1)]
        extra: list[tuple[Any, ...]] = []
        from reportlab.lib import colors

        for i, k in enumerate(crit_keys, start=1):
            cd.append([fit_cell(m.criterion_name(k), st["cell"], 150 * MM, limit=220),
                       num(pc[k], 3)])
            v = pc[k]
            if below_tentative(v):
                extra.append(("BACKGROUND", (1, i), (1, i), colors.HexColor(FLAG)))
        story.append(table(cd, [150 * MM, 20 * MM], right_cols=(1,), extra=extra))
    return story


def panel_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    r = m.result
    valid = sum(1 for j in r.judges if j.status == "valid")
    story: list[Any] = [own_para(_t(
        "{n} score sheet received; {valid} valid and counted. Sheets that failed verification "
        "are listed with the reason and contribute nothing." if len(r.judges) == 1 else
        "{n} score sheets received; {valid} valid and counted. Sheets that failed verification "
        "are listed with the reason and contribute nothing.", n=len(r.judges), valid=valid),
        st["body"])]
    if r.judges:
        data: list[list[Any]] = [[*header_cells([_t("Judge"), _t("Status")], st),
                                  *header_cells([_t("Seq.")], st, 0),
                                  *header_cells([_t("Notes")], st)]]
        from reportlab.lib import colors

        extra: list[tuple[Any, ...]] = []
        for i, j in enumerate(r.judges, start=1):
            fname = file_name(j.file)
            notes = "; ".join(_t(WARNING_WORDS[w]) if w in WARNING_WORDS
                              else strip_paths(w, fname) for w in j.warnings)
            if j.message:
                msg = strip_paths(engine(j.message), fname)
                notes = f"{notes}; {msg}" if notes else msg
            # the file name too: two sheets of one judge must be told apart
            who = (para(f"{j.name} ({fname})" if fname else j.name, st["cellb"], limit=220)
                   if j.name.strip() else para(fname or "—", st["cell"], limit=150))
            data.append([who, para(status_words(j.status), st["cell"], limit=40),
                         "" if j.sequence is None else str(j.sequence),
                         para(notes, st["cell"], limit=600)])
            if j.status != "valid":
                extra.append(("TEXTCOLOR", (1, i), (1, i), colors.HexColor("#a61b1b")))
        story.append(table(data, [55 * MM, 27 * MM, 12 * MM, 80 * MM], right_cols=(2,),
                            extra=extra))
    if m.panel is not None and m.panel.conflicts:
        story.append(own_para(_t("Known conflicts of interest"), st["h2"]))
        names = {j.fingerprint: j.name for j in m.panel.judges}
        nominees = {n.id: n.name for n in m.panel.nominees}
        for c in m.panel.conflicts:
            text = (f"{names.get(c.fingerprint, c.fingerprint)} — "
                    f"{nominees.get(c.nominee_id, c.nominee_id)}")
            if c.reason:
                text += f": {c.reason}"
            story.append(para(text, st["bullet"], limit=600, raw_prefix="<bullet>•</bullet>"))
    return story


def verification_section(m: ReportModel, st: dict[str, Any], code: str,
                          result_sha256: str) -> list[Any]:
    r = m.result
    story: list[Any] = [own_para(_t(
        "Anyone holding ZeroDX Desktop can check this report against the files it was made "
        "from: each judge's sheet must have the SHA-256 below and verify against the "
        "fingerprint of the judge's key (run \"zerodx verify SHEET.xlsx\" for each); the "
        "result workbook's signed values must hash to the result hash below, so a report "
        "printed from it again with \"zerodx report\" shows the same verification code, "
        "even after the workbook was re-saved by a spreadsheet program."), st["body"])]
    facts = [
        ("Verification code", code),
        ("Result hash (SHA-256 of the signed values)",
         result_sha256 or _t("not recorded (unsigned result)")),
        ("Panel", _t("{panel} · round {round}", panel=r.panel_id, round=r.round)),
        ("Framework", f"{r.framework_id} {r.framework_version}"),
        ("Framework hash", r.framework_hash or "—"),
        ("Chair", r.chair or _t("unsigned")),
        ("Chair key fingerprint", r.chair_fingerprint or "—"),
        ("Generated", r.generated_at or "—"),
    ]
    hashes = {"Result hash (SHA-256 of the signed values)", "Framework hash",
              "Chair key fingerprint"}
    value_w = 129 * MM
    data = [[own_para(_t(k), st["cellb"]),
             hash_cell(v, st, value_w) if k in hashes else para(v, st["cell"], limit=400)]
            for k, v in facts]
    story.append(table(data, [45 * MM, value_w], header_rows=0, zebra=False))
    if r.judges:
        from reportlab.lib import colors

        story.append(own_para(_t("Judges' sheets"), st["h2"]))
        valid = sum(1 for j in r.judges if j.status == "valid")
        story.append(own_para(_t(
            "Only sheets with the status \"valid\" count towards the result ({valid} of "
            "{total}); the others are listed so that every file received is accounted for, and "
            "contribute nothing.", valid=valid, total=len(r.judges)), st["small"]))
        jd: list[list[Any]] = [header_cells([_t("Judge / file"), _t("Status"),
                                             _t("Key fingerprint and sheet SHA-256")], st)]
        jextra: list[tuple[Any, ...]] = []
        for i, j in enumerate(r.judges, start=1):
            counted = j.status == "valid"
            jd.append([
                [para(j.name or "—", st["cellb"], limit=150),
                 para(file_name(j.file), st["tiny"], limit=200)],
                [para(status_words(j.status, spaced=True),
                    st["cellb"] if not counted else st["cell"], limit=40),
                 own_para(_t("counted") if counted else _t("not counted"), st["tiny"])],
                [hash_cell(j.fingerprint or "—", st, 100 * MM, size=7),
                 hash_cell(j.sha256 or "—", st, 100 * MM, size=7)],
            ])
            if not counted:
                jextra.append(("BACKGROUND", (1, i), (1, i), colors.HexColor(FLAG)))
        story.append(table(jd, [50 * MM, 24 * MM, 100 * MM], extra=jextra, zebra=False))
    if r.inputs:
        story.append(own_para(_t("Input files"), st["h2"]))
        idata: list[list[Any]] = [header_cells([_t("File"), "SHA-256"], st)]
        for name, sha in r.inputs:
            idata.append([para(file_name(name), st["cell"], limit=200),
                          hash_cell(sha, st, 114 * MM, size=7)])
        story.append(table(idata, [60 * MM, 114 * MM]))
    story.append(own_para(_t(
        "The verification code is \"ZDX-\" followed by the first eight hexadecimal digits of "
        "the result hash, in two groups of four."), st["muted"]))
    return story

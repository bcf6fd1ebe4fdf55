"""Short reports in the wording of other provinces (tests/fixtures/provinces-*): each set was
written and labelled by an author who had not read the parser, from the openings of real
reports of many provinces (north and west; south and centre; then mixed sets, each kept back to
measure the fixes made on the sets before it, then tuned on in its turn). Their misses are families of phrasing; the rules that
closed them are tested on snippets of our own in test_prose_provinces_*.py and
test_tables_provinces.py."""
from __future__ import annotations

import pytest
from ogi.paths import ROOT
from scoring import metadata_all_right, needs_scorer, parse, score

FIXTURES = ROOT / "tests" / "fixtures"

# (set, documents, recall floor, precision floor): what the parser reaches now, less a margin of
# one or two facts, so that a rule that loses a family fails here. The numbers before any fix saw
# a set (its honest held-out score) are in the comments.
SETS = [
    ("provinces-north", 20, 0.99, 0.98),      # 344 labelled facts: 1.000 / 0.986 (first 0.730 / 0.898)
    ("provinces-south", 20, 0.99, 0.99),      # 466: 1.000 / 1.000 (first 0.818 / 0.940)
    ("provinces-holdout", 20, 0.98, 0.99),    # 361: 0.992 / 1.000 (first 0.786 / 0.974)
    ("provinces-holdout2", 25, 0.98, 0.99),   # 318: 0.997 / 1.000 (first 0.947 / 1.000 after
                                              # the fixes for the other sets, before its own)
    ("provinces-holdout3", 25, 0.99, 0.99),   # 563: 1.000 / 1.000 (first 0.927 / 0.991)
    ("provinces-holdout4", 25, 0.98, 0.98),   # 595: 0.998 / 0.990 (first 0.923 / 0.975)
    ("provinces-holdout5", 30, 0.99, 0.99),   # 431: 1.000 / 1.000 (first 0.912 / 0.976; 0.928 /
                                              # 0.979 after the holdout3/4 fixes, before its own)
    ("provinces-holdout6", 30, 0.99, 0.99),   # 445: 1.000 / 1.000 (first 0.951 / 0.982; 0.957 /
                                              # 0.984 after the holdout3-5 fixes, before its own)
    ("provinces-holdout7", 30, 0.99, 0.99),   # 392: 1.000 / 1.000 (first 0.888 / 0.976; 0.929 /
                                              # 0.990 after the holdout3-6 fixes, before its own)
    ("provinces-holdout8", 20, 0.99, 0.99),   # 270: 1.000 / 0.996 (first 0.978 / 0.996 after
                                              # the holdout3-7 fixes; 0.915 / 0.969 at the start)
    ("provinces-holdout9", 20, 0.99, 0.99),   # 277: 0.996 / 1.000 (0.953 / 0.962 held out, after
                                              # the fifth session's fixes; 0.905 / 0.946 before)
    # written in the sixth session by authors who had not read the parser; held out (the same
    # before and after the holdout9 fixes), then tuned on
    ("provinces-holdout10", 20, 0.99, 0.99),  # 241: 1.000 / 1.000 (first 0.971 / 0.984)
    ("provinces-holdout11", 20, 0.98, 0.99),  # 1021: 0.985 / 1.000 (first 0.976 / 0.992; the rest
                                              # are glued table-二 runs, flagged with candidates)
    ("provinces-holdout12", 20, 0.99, 0.99),  # 752: 1.000 / 1.000 (first 0.952 / 0.993)
    # written during the sixth session's fixes, scored after them (held out), then tuned on
    ("provinces-holdout13", 20, 0.99, 0.99),  # 806: 0.999 / 0.997 (first 0.990 / 0.993)
    ("provinces-holdout14", 20, 0.98, 0.98),  # 603: 0.993 / 0.992 (first 0.889 / 0.941)
    # written during the sixth session's last fixes, held out until the seventh, then tuned on
    # (first scores with their labels' table-二 periods put right by the project's convention)
    ("provinces-holdout15", 20, 0.99, 0.99),  # 740: 1.000 / 1.000 (first 0.976 / 0.990)
    ("provinces-holdout16", 20, 0.99, 0.99),  # 656: 1.000 / 1.000 (first 0.989 / 0.998)
    # seventh session: four sets written at its start; two scored at once, two kept back until
    # the first round of fixes was merged, then all tuned on
    ("provinces-holdout17", 20, 0.99, 0.99),  # 985: 1.000 / 1.000 (first 0.995 / 0.998)
    ("provinces-holdout18", 20, 0.99, 0.99),  # 886: 1.000 / 0.992 (first 0.990 / 0.990; the extras
                                              # are blanks a row's total proves zero, flagged)
    ("provinces-holdout19", 20, 0.99, 0.99),  # 1030: 1.000 / 0.999 (first 0.942 / 0.983)
    ("provinces-holdout20", 20, 0.99, 0.99),  # 836: 1.000 / 1.000 (first 0.935 / 0.993)
    # written mid-session, held out until the fixes for holdout19/20 were merged, then tuned on
    ("provinces-holdout21", 20, 0.99, 0.99),  # 488: 0.996 / 0.996 (first 0.928 / 0.991)
    ("provinces-holdout22", 20, 0.99, 0.99),  # 644: 1.000 / 1.000 (first 0.958 / 0.989)
    # written mid-session and held out until the fixes for holdout21/22 were merged: the
    # session's final measure (then tuned on in one short last round)
    ("provinces-holdout23", 20, 0.99, 0.99),  # 560: 0.993 / 0.993 (first 0.980 / 0.987)
    ("provinces-holdout24", 20, 0.99, 0.99),  # 933: 1.000 / 0.994 (first 0.967 / 0.975)
    # eighth session: a chain of held-out sets. 25, 26, 28 scored with the seventh session's
    # parser, then tuned on (round 1); 27, 31, 32 scored after round 1, then tuned on (round 2);
    # 29, 30, 33, 34 sealed until after round 2, scored, then tuned on in one last round
    ("provinces-holdout25", 20, 0.98, 0.99),  # 266: 0.992 / 1.000 (first 0.921 / 0.979)
    ("provinces-holdout26", 20, 0.99, 0.99),  # 322: 0.994 / 0.997 (first 0.801 / 0.982)
    ("provinces-holdout28", 20, 0.99, 0.99),  # 1240: 0.999 / 1.000 (first 0.921 / 1.000)
    ("provinces-holdout27", 20, 0.98, 0.98),  # 389: 0.987 / 0.988 (first 0.905 / 0.953)
    ("provinces-holdout31", 20, 0.98, 0.98),  # 340: 0.991 / 0.990 (first 0.932 / 0.979)
    ("provinces-holdout32", 20, 0.99, 0.97),  # 380: 0.997 / 0.982 (first 0.963 / 0.954)
    ("provinces-holdout29", 20, 0.99, 0.99),  # 762: 0.999 / 0.997 (first 0.984 / 0.990)
    ("provinces-holdout30", 20, 0.99, 0.98),  # 287: 1.000 / 0.990 (first 0.965 / 0.975)
    ("provinces-holdout33", 20, 0.99, 0.98),  # 360: 1.000 / 0.989 (first 0.964 / 0.986)
    ("provinces-holdout34", 20, 0.99, 0.99),  # 594: 0.997 / 0.996 (first 0.813 / 0.981)
    # ninth session, a chain again: 35-38 scored with the eighth session's parser, then tuned on
    # (round 1); 39 (short) and 40 (medium, crawled tables) sealed until after round 1, then tuned
    # on (round 2); 41 and 42 sealed until after round 2 (round 3); 43 and 44 until after round 3
    # (round 4)
    ("provinces-holdout35", 20, 0.97, 0.98),  # 322: 0.978 / 0.994 (first 0.845 / 0.926)
    ("provinces-holdout36", 20, 0.99, 0.99),  # 879: 0.999 / 0.997 (first 0.937 / 0.983)
    ("provinces-holdout37", 20, 0.99, 0.99),  # 1307: 0.998 / 0.998 (first 0.929 / 0.995)
    ("provinces-holdout38", 20, 0.99, 0.99),  # 836: 0.998 / 0.995 (first 0.965 / 0.991)
    ("provinces-holdout39", 20, 0.99, 0.99),  # 489: 0.998 / 0.998 (first 0.811 / 0.985)
    ("provinces-holdout40", 20, 0.99, 0.99),  # 1248: 1.000 / 0.996 (first 0.993 / 0.985)
    ("provinces-holdout41", 20, 0.99, 0.99),  # 527: 0.998 / 1.000 (first 0.964 / 0.984)
    ("provinces-holdout42", 20, 0.99, 0.99),  # 1210: 1.000 / 1.000 (first 0.986 / 0.995)
    ("provinces-holdout43", 20, 0.98, 0.99),  # 529: 0.985 / 0.998 (first 0.936 / 0.989)
    ("provinces-holdout44", 20, 0.99, 0.98),  # 840: 0.995 / 0.989 (first 0.936 / 0.986)
    # sealed until after round 4 and scored then (the session's final held-out measure), then
    # tuned on in one short last round
    ("provinces-holdout45", 20, 0.97, 0.98),  # 476: 0.981 / 0.992 (first 0.973 / 0.992)
    ("provinces-holdout46", 20, 0.98, 0.99),  # 926: 0.987 / 0.993 (first 0.975 / 0.987)
]

# Known metadata gaps (reports whose template the parser does not tell), kept in sight rather
# than hidden: none at present.
METADATA_GAPS: dict[str, int] = {}


@needs_scorer
@pytest.mark.parametrize(("name", "documents", "recall", "precision"), SETS)
def test_province_set_scores(tmp_path, name, documents, recall, precision):
    folder = FIXTURES / name
    docs = sorted((folder / "docs").iterdir())
    assert len(docs) == len(list((folder / "labels").glob("*.yaml"))) == documents
    parse([folder / "docs"], tmp_path)
    result = score(tmp_path, folder / "labels")
    assert result["recall"] >= recall, result["details"]
    assert result["precision"] >= precision, result["details"]
    assert result["failed_docs"] == 0, result["details"]
    misses = result["details"].count("    meta  ")
    assert misses == METADATA_GAPS.get(name, 0) or metadata_all_right(result["details"], len(docs)), \
        result["details"]

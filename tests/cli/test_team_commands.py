"""``team init|add|assign|show`` (issue 17): what a person typing them sees."""

from __future__ import annotations

import pytest

from app.cli import main
from tests.conftest import TODAY


@pytest.mark.parametrize("argv", [["init"], ["init", "--team", "north"],
                                  ["add", "someone", "--team", "north", "--as", "manager"],
                                  ["assign", "UES-1", "--owner", "someone"], ["show"]])
def test_a_file_says_teams_need_a_team_database(tmp_path, capsys, argv):
    path = tmp_path / "planner.db"
    assert main(["team", *argv, "--db", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err == (f"error: {path} is a file: teams, owners and roles need a team database "
                   "(postgresql://… or service=NAME; see migrate); nothing was changed\n")


def test_in_russian_too(tmp_path, capsys):
    assert main(["team", "show", "--db", str(tmp_path / "p.db"), "--lang", "ru"]) == 1
    assert "требуют командной базы" in capsys.readouterr().err


def test_the_whole_round_on_a_team_database(pg_planner_url, capsys):
    from psycopg.conninfo import make_conninfo

    from app.services.portfolio import load_demo
    from app.store.db import open_db

    url = pg_planner_url
    db = open_db(url)
    load_demo(db, TODAY)
    db.close()

    assert main(["team", "add", "cli_ann", "--db", url, "--team", "west", "--as", "manager"]) == 1
    assert "run team init first" in capsys.readouterr().err

    assert main(["team", "init", "--db", url, "--team", "west"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "team west: work orders of no team that joined it: 5"

    import psycopg

    with psycopg.connect(url) as con:
        con.execute("DROP ROLE IF EXISTS cli_new")
    assert main(["team", "add", "cli_new", "--db", url, "--team", "west", "--as", "lead"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "cli_new is in team west as lead"
    assert "created without a password: set one with \\password cli_new" in out
    assert main(["team", "add", "cli_new", "--db", url, "--team", "west", "--as", "manager"]) == 0
    out = capsys.readouterr().out
    assert out == "cli_new is in team west as manager\n"  # existed: no password words
    with psycopg.connect(url) as con:
        groups = {r[0] for r in con.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'cli_new'")}
        number = con.execute("SELECT number FROM work_order ORDER BY id LIMIT 1").fetchone()[0]
    assert groups == {"planner_manager"}

    assert main(["team", "assign", "NOPE-1", "--db", url, "--owner", "cli_new"]) == 1
    assert capsys.readouterr().err == ("error: work order NOPE-1 does not exist (or is not visible to "
                                       "this role); nothing was changed\n")
    assert main(["team", "assign", number, "--db", url, "--owner", "nobody_here"]) == 1
    assert "nobody_here is in no team" in capsys.readouterr().err
    assert main(["team", "assign", number, "--db", url, "--owner", "cli_new", "--team", "east"]) == 1
    assert capsys.readouterr().err == "error: cli_new is not in team east; nothing was changed\n"
    assert main(["team", "add", "bad name", "--db", url, "--team", "west", "--as", "lead"]) == 1
    assert "'bad name' is not a usable role name" in capsys.readouterr().err

    assert main(["team", "assign", number, "--db", url, "--owner", "cli_new"]) == 0
    assert capsys.readouterr().out == f"work order {number} is now cli_new's, in team west\n"
    assert main(["team", "show", "--db", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "team west", "  cli_new: manager", "  work orders of cli_new: 1", "  work orders of no owner: 4"]

    # as the person (a manager of west: reads the team's work orders); they cannot set up roles
    as_new = make_conninfo(url, user="cli_new")
    assert main(["team", "show", "--db", as_new]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["  work orders of cli_new: 1",
                                                         "  work orders of no owner: 4"]
    assert main(["team", "init", "--db", as_new]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: the server refused: ") and err.count("\n") == 1

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks Berth's window through AT-SPI, as a screen reader sees it.

a11ywalk.py wait-rows APP       waits until APP shows a table with rows (hang guard: 120 s)
a11ywalk.py wait-window APP T   waits until APP shows a window whose name matches T (a regex)
a11ywalk.py wait-gone APP T     waits until APP shows no dialog whose name matches T
a11ywalk.py check APP           prints every focusable, showing control without a name
                                (role and path) and every table column without header
                                text, exits 1 if there is one

A control is reached by Tab (state focusable) and on screen (state showing). Table cells
are exempt when empty: a screen reader reads an empty cell as "blank", and the cell's
column header names it.
"""
import re
import sys
import time

import pyatspi

CEILING_S = 120  # a guard against a hang only: every wait ends on the event it waits for


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    return None


def walk(node, path, out):
    """Appends (path, node) for node and every descendant."""
    out.append((path, node))
    try:
        count = node.childCount
    except Exception:  # a node that went away while walking
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is None:
            continue
        label = child.getRoleName() + (f'[{child.name}]' if child.name else f'#{i}')
        walk(child, path + '/' + label, out)


def nodes(app):
    out = []
    walk(app, app.name, out)
    return out


def is_row_holder(node):
    role = node.getRole()
    return role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE) and node.childCount > 0


def wait_for(what, app_name, predicate):
    deadline = time.monotonic() + CEILING_S
    while time.monotonic() < deadline:
        app = find_app(app_name)
        if app is not None and any(predicate(n) for _, n in nodes(app)):
            return 0
        time.sleep(0.2)  # polling pace, not a bound on anything
    names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
    print(f'FAIL: {app_name} never showed {what} through AT-SPI (applications on the bus: {names})',
          file=sys.stderr)
    app = find_app(app_name)
    for path, node in nodes(app) if app is not None else []:
        print(f'  {path} ({node.childCount} children)', file=sys.stderr)
    return 1


def offenders(app):
    found = []
    for path, node in nodes(app):
        states = node.getState()
        if not (states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)):
            continue
        if node.name:
            continue
        role = node.getRole()
        if role in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM):
            continue  # an empty cell: its column header names it
        found.append((node.getRoleName(), path))
    return found


def unnamed_headers(app):
    """Tables whose column headers have no text: a screen reader names a cell by its header."""
    found = []
    for path, node in nodes(app):
        if node.getRole() not in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
            continue
        if not node.getState().contains(pyatspi.STATE_SHOWING):
            continue
        try:
            table = node.queryTable()
        except NotImplementedError:
            found.append((node.getRoleName(), path + ' (no table interface)'))
            continue
        for column in range(table.nColumns):
            if not table.getColumnDescription(column):
                found.append((node.getRoleName(), f'{path} (column {column} has no header text)'))
    return found


def check(app_name):
    app = find_app(app_name)
    if app is None:
        print(f'FAIL: no application {app_name} on the accessibility bus', file=sys.stderr)
        return 1
    all_nodes = nodes(app)
    focusable = [n for _, n in all_nodes if n.getState().contains(pyatspi.STATE_FOCUSABLE)
                 and n.getState().contains(pyatspi.STATE_SHOWING)]
    bad = offenders(app)
    for role, path in bad:
        print(f'unnamed {role}: {path}')
    headers = unnamed_headers(app)
    for role, path in headers:
        print(f'no header text in {role}: {path}')
    bad += headers
    tables = sum(1 for _, n in all_nodes if n.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE))
    print(f'{len(all_nodes)} nodes, {len(focusable)} focusable and showing, {tables} tables, '
          f'{len(bad)} problems')
    return 1 if bad else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == 'wait-rows':
        return wait_for('a table with rows', argv[2], is_row_holder)
    if len(argv) >= 4 and argv[1] == 'wait-window':
        title = argv[3]
        return wait_for(f'the window "{title}"', argv[2],
                        lambda n: n.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FRAME,
                                                  pyatspi.ROLE_WINDOW) and re.fullmatch(title, n.name))
    if len(argv) >= 4 and argv[1] == 'wait-gone':
        title = argv[3]
        app = argv[2]
        deadline = time.monotonic() + CEILING_S
        while time.monotonic() < deadline:
            found = find_app(app)
            if found is not None and not any(re.fullmatch(title, n.name) and n.getRole() in (
                    pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW) for _, n in nodes(found)):
                return 0
            time.sleep(0.2)  # polling pace, not a bound on anything
        print(f'FAIL: the window "{title}" never closed', file=sys.stderr)
        return 1
    if len(argv) >= 3 and argv[1] == 'check':
        return check(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))

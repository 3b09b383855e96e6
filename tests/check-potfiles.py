#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""po/POTFILES.in lists exactly the files with translatable strings.

A file with a string to translate that is not listed is never translated;
a listed file that is gone breaks xgettext.  TAP output, one test per
direction."""
import os
import re
import sys

root = sys.argv[1]
marks = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext)\s*\(')
listed = []
with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as potfiles:
    for line in potfiles:
        line = line.strip()
        if line and not line.startswith('#'):
            listed.append(line)

wanted = set()
for folder in ('src', 'ui'):
    for dirpath, _, names in os.walk(os.path.join(root, folder)):
        for name in names:
            path = os.path.join(dirpath, name)
            relative = os.path.relpath(path, root)
            if name.endswith('.c'):
                with open(path, encoding='utf-8') as source:
                    if marks.search(source.read()):
                        wanted.add(relative)
            elif name.endswith('.ui'):
                with open(path, encoding='utf-8') as source:
                    if 'translatable="yes"' in source.read():
                        wanted.add(relative)

sources = {entry for entry in listed if entry.startswith(('src/', 'ui/'))}
missing = sorted(wanted - sources)
stale = sorted(entry for entry in listed if not os.path.exists(os.path.join(root, entry)))

print('1..2')
for label, problems in (('every file with translatable strings is listed', missing),
                        ('every listed file exists', stale)):
    if problems:
        print('not ok - %s' % label)
        for entry in problems:
            print('# %s' % entry)
    else:
        print('ok - %s' % label)

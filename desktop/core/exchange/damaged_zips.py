"""What reading a damaged zip raises: a workbook (.xlsx, .ods) and a Data
Package are zips, often sent by mail or downloaded, and cut short or changed
on the way.  Each reader names such a file instead of stopping unexplained."""

from __future__ import annotations

import zipfile
import zlib

# A directory that does not read (BadZipFile, EOFError), a compression this
# Python lacks (NotImplementedError), a part that does not unzip (zlib.error),
# a file that cannot be read at all (OSError).
ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError)

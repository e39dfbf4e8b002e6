"""What the macOS and Windows bundles declare about themselves, computed at build time.

Used by shiftmate.spec (and tested on any system): the oldest macOS the bundled PySide6
runs on, and the Windows version resource (what Explorer shows under Properties ▸ Details).
"""

from __future__ import annotations

# The oldest macOS each Qt release supports (the PySide6 wheels are built for it).
_MACOS_FLOOR = ((6, 12), "14.0"), ((6, 10), "13.0"), ((6, 8), "12.0"), ((6, 5), "11.0")


def macos_minimum(pyside_version: str) -> str:
    """``LSMinimumSystemVersion`` for the PySide6 actually bundled (13.0 for 6.11, 14.0 for 6.12)."""
    major_minor = tuple(int(part) for part in pyside_version.split(".")[:2])
    for since, floor in _MACOS_FLOOR:
        if major_minor >= since:
            return floor
    return "11.0"


def windows_version_resource(version: str, *, name: str, description: str, company: str,
                             copyright_line: str) -> str:
    """The text of a PyInstaller version file (``EXE(version=...)``) for ``version``."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    as_tuple = tuple(numbers)
    strings = {
        "CompanyName": company, "FileDescription": description, "FileVersion": version,
        "InternalName": name, "LegalCopyright": copyright_line, "OriginalFilename": f"{name}.exe",
        "ProductName": name, "ProductVersion": version,
    }
    entries = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={as_tuple}, prodvers={as_tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200, 0x0C0A, 1200])])
  ]
)
"""

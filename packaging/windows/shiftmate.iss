; Inno Setup 6 script: a per-user installer for the one-folder build in dist\ShiftMate.
; Build on Windows after packaging\build.sh (or PyInstaller packaging\shiftmate.spec):
;   iscc packaging\windows\shiftmate.iss      -> dist\ShiftMate-0.1.0-setup.exe
; Installs to %LOCALAPPDATA%\Programs\ShiftMate without administrator rights, adds a Start
; menu entry and an uninstaller. Your data (%LOCALAPPDATA%\ShiftMate) is left in place.

#define AppName "ShiftMate"
#define AppVersion "0.1.0"
#define AppId "io.github.shiftmate.ShiftMate"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The ShiftMate team
AppPublisherURL=https://github.com/shiftmate/shiftmate
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\shiftmate.ico
UninstallDisplayIcon={app}\{#AppName}.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A pack opens with ShiftMate from Explorer (see [Registry]); Explorer reloads its associations.
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ShiftMate\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Registry]
; Nothing is written at install; the log-in value Settings > Start-up may have written
; (shiftmate/core/autostart.py) is removed on uninstall.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue dontcreatekey
; Checklist packs (*.shiftpack.toml). Explorer knows a file only by its last extension, .toml,
; and other programs own that one: ShiftMate joins the "Open with" list of .toml files instead
; of taking them over, so a manager's pack opens with ShiftMate (which imports it) from the
; right-click menu. Everything is per user and removed on uninstall.
Root: HKA; Subkey: "Software\Classes\{#AppId}.pack"; ValueType: string; ValueName: ""; ValueData: "ShiftMate checklist pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppId}.pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppName}.exe,0"
Root: HKA; Subkey: "Software\Classes\{#AppId}.pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppName}.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.toml\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.pack"; ValueData: ""; Flags: uninsdeletevalue

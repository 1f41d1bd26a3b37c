; Inno Setup script: a per-user installer (no admin rights) for the Windows one-folder bundle.
;
;   make bundle   (on Windows: .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist
;                  --workpath build packaging\zerodx-desktop.spec)
;   iscc /DVersion=0.1.0 packaging\windows\zerodx-desktop.iss   -> dist\zerodx-desktop-0.1.0-setup.exe
;
; Installs dist\zerodx-desktop\ to %LOCALAPPDATA%\Programs\ZeroDX Desktop, adds a Start menu
; entry, and opens .zdxpanel (panel packages) and .zdxjudge (judge cards) with the app. The file
; types are registered for the current user (HKCU\Software\Classes) and removed on uninstall; a
; judge's data (%LOCALAPPDATA%\ZeroDX\ZeroDX Desktop) is never touched.
; The same two types: packaging/linux/zerodx-desktop.xml (Linux), the spec's Info.plist (macOS).

#ifndef Version
  #define Version "0.1.0"
#endif
#define AppName "ZeroDX Desktop"
#define AppExe "zerodx-desktop.exe"

[Setup]
AppId={{6E0C2B9E-7A51-4C5B-9B0D-2D6A0E3F5A11}
AppName={#AppName}
AppVersion={#Version}
AppPublisher=ZeroDX Desktop developers
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=zerodx-desktop-{#Version}-setup
SetupIconFile=..\icons\zerodx-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\zerodx-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
; .zdxpanel -> ZeroDX.Panel
Root: HKCU; Subkey: "Software\Classes\.zdxpanel"; ValueType: string; ValueName: ""; ValueData: "ZeroDX.Panel"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.zdxpanel"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-zerodx-panel"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\ZeroDX.Panel"; ValueType: string; ValueName: ""; ValueData: "ZeroDX panel package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\ZeroDX.Panel\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\ZeroDX.Panel\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; .zdxjudge -> ZeroDX.JudgeCard
Root: HKCU; Subkey: "Software\Classes\.zdxjudge"; ValueType: string; ValueName: ""; ValueData: "ZeroDX.JudgeCard"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.zdxjudge"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-zerodx-judge-card"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\ZeroDX.JudgeCard"; ValueType: string; ValueName: ""; ValueData: "ZeroDX judge card"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\ZeroDX.JudgeCard\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\ZeroDX.JudgeCard\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

; Inno Setup 6 script: the Windows installer of Palier.
;
;   python -m PyInstaller --noconfirm --clean installer\palier.spec    (-> dist\palier\)
;   iscc installer\palier.iss                                           (-> dist\palier-<version>-windows-setup.exe)
;
; .github/workflows/windows.yml runs both on a Windows runner. The version comes from
; dist\palier\Palier.exe, which installer/palier.spec stamps with app.__version__.
;
; - AppId never changes: it is how Windows and this installer recognise Palier, to
;   upgrade it in place instead of installing a second copy.
; - Installs for the current user by default, without administrator rights
;   (%LOCALAPPDATA%\Programs\Palier); "for all users" is offered when the user can
;   elevate (Program Files). Palier itself writes only to the user's own folders.
; - Upgrading replaces the program files and keeps everything else; installing an older
;   version over a newer one asks first (an older Palier cannot open a workspace that a
;   newer one has upgraded).
; - Uninstalling keeps the workspaces, settings and logs unless the user ticks "yes" to
;   the question that names the folders.

#define AppName "Palier"
#define BundleDir AddBackslash(SourcePath) + "..\dist\palier"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\Palier.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error "dist\palier\Palier.exe is missing: build the bundle with installer\palier.spec first"
#endif

[Setup]
AppId={{0A8FEDDD-1997-47C5-A297-0B770483BFA8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Palier
VersionInfoVersion={#GetVersionNumbersString(BundleDir + "\Palier.exe")}
DefaultDirName={autopf}\Palier
DefaultGroupName=Palier
DisableProgramGroupPage=yes
; Per-user by default, all users as a choice in a dialog (or /ALLUSERS on the command line).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
SetupIconFile=..\resources\icon\palier.ico
UninstallDisplayIcon={app}\Palier.exe
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=palier-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
; A running Palier is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.Downgrade=Une version plus récente de Palier (%1) est installée. Installer la version %2 à sa place ?%n%nUne version plus ancienne ne peut pas ouvrir un espace de travail déjà mis à jour par une plus récente.
en.Downgrade=A newer version of Palier (%1) is installed. Install version %2 over it?%n%nAn older version cannot open a workspace that a newer one has already upgraded.
fr.RemoveData=Supprimer aussi vos espaces de travail, réglages et journaux Palier ?%n%n%1%n%2%n%nCette suppression est définitive. Répondez Non pour les garder (conseillé).
en.RemoveData=Also delete your Palier workspaces, settings and logs?%n%n%1%n%2%n%nThis cannot be undone. Answer No to keep them (recommended).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's bundle, so that no stale library of an older release is loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Palier"; Filename: "{app}\Palier.exe"
Name: "{autodesktop}\Palier"; Filename: "{app}\Palier.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Palier.exe"; Description: "{cm:LaunchProgram,Palier}"; Flags: nowait postinstall skipifsilent

[Code]
const
  UninstallKey = 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{0A8FEDDD-1997-47C5-A297-0B770483BFA8}_is1';

{ Compares dotted versions ("0.10.2" > "0.9"): -1, 0 or 1. }
function CompareVersions(A, B: String): Integer;
var
  PA, PB, NA, NB: Integer;
begin
  Result := 0;
  while (Result = 0) and ((A <> '') or (B <> '')) do
  begin
    PA := Pos('.', A);
    if PA = 0 then PA := Length(A) + 1;
    PB := Pos('.', B);
    if PB = 0 then PB := Length(B) + 1;
    NA := StrToIntDef(Copy(A, 1, PA - 1), 0);
    NB := StrToIntDef(Copy(B, 1, PB - 1), 0);
    if NA < NB then Result := -1
    else if NA > NB then Result := 1;
    Delete(A, 1, PA);
    Delete(B, 1, PB);
  end;
end;

function InstalledVersion(): String;
begin
  Result := '';
  { Per-user installs register under HKCU, all-users ones under HKLM (64-bit view). }
  if not RegQueryStringValue(HKCU, UninstallKey, 'DisplayVersion', Result) then
    if not RegQueryStringValue(HKLM64, UninstallKey, 'DisplayVersion', Result) then
      RegQueryStringValue(HKLM32, UninstallKey, 'DisplayVersion', Result);
end;

function InitializeSetup(): Boolean;
var
  Installed: String;
begin
  Result := True;
  Installed := InstalledVersion();
  if (Installed <> '') and (CompareVersions(Installed, '{#AppVersion}') > 0) then
    Result := SuppressibleMsgBox(FmtMessage(CustomMessage('Downgrade'), [Installed, '{#AppVersion}']),
                                 mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

{ The folders platformdirs gives Palier on Windows: data, logs and cache under
  %LOCALAPPDATA%\Palier, settings under %APPDATA%\Palier. A workspace kept elsewhere
  (--data-dir, PALIER_DATA_DIR) is never touched. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data, Settings: String;
begin
  if CurUninstallStep <> usPostUninstall then Exit;
  Data := ExpandConstant('{localappdata}\Palier');
  Settings := ExpandConstant('{userappdata}\Palier');
  if UninstallSilent or not (DirExists(Data) or DirExists(Settings)) then Exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveData'), [Data, Settings]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(Data, True, True, True);
    DelTree(Settings, True, True, True);
  end;
end;

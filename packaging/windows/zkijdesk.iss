; Inno Setup script for zkijdesk: a per-user installer that needs no admin rights.
;
; Build (after `pyinstaller pyinstaller.spec` has made dist\zkijdesk):
;     iscc /DAppVersion=0.1.0 packaging\windows\zkijdesk.iss
; The version comes from pyproject.toml through the build (.github/workflows/windows.yml
; passes it); this script also reads the ProductVersion that pyinstaller.spec stamped
; into zkijdesk.exe and refuses to compile when the two differ. Without /DAppVersion
; the executable's version is used. Optional: /DDistDir=<folder with zkijdesk.exe>,
; /DOutputDir=<folder for the setup>, /DSignTool=<name of a sign tool given with /S>.
;
; What the installer promises IT (docs/install.md):
; - per user, no elevation: installs into %LOCALAPPDATA%\Programs\zkijdesk;
; - the store and settings live in %LOCALAPPDATA%\zkijdesk (zkijdesk/config.py), outside
;   the install folder, so an upgrade in place never touches them;
; - an upgrade replaces the program folder's _internal tree completely, so no file of an
;   older release (a renamed migration script, a replaced DLL) survives next to the new;
; - uninstalling keeps the data unless the user says otherwise: interactively a question
;   (default "No"), silently only with the extra switch /REMOVEDATA.
;
; AppId identifies zkijdesk to Windows for upgrades and uninstall: never change it.

#if Ver < EncodeVer(6, 3, 0)
  #error zkijdesk.iss needs Inno Setup 6.3 or newer (x64compatible, ISPP file version functions)
#endif

#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\zkijdesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist\installer"
#endif
#define GuiExe "zkijdesk.exe"
#define CliExe "zkijdesk-cli.exe"
#define ExePath AddBackslash(DistDir) + GuiExe

#if !FileExists(ExePath)
  #error dist\zkijdesk\zkijdesk.exe not found: build the bundle with pyinstaller first
#endif
#define ExeVersion GetStringFileInfo(ExePath, "ProductVersion")
#ifndef AppVersion
  #define AppVersion ExeVersion
#endif
#if AppVersion == ""
  #error No version: zkijdesk.exe has no ProductVersion and /DAppVersion was not given
#endif
#if AppVersion != ExeVersion
  #error /DAppVersion differs from the ProductVersion in zkijdesk.exe (pyproject.toml via pyinstaller.spec)
#endif
#define AppVersionNumbers GetVersionNumbersString(ExePath)

[Setup]
AppId={{6FF88D61-D407-4406-883A-95CA922B6121}
AppName=zkijdesk
AppVersion={#AppVersion}
AppVerName=zkijdesk {#AppVersion}
AppPublisher=Arbeidsmarktregio Zuid-Kennemerland en IJmond
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=zkijdesk installatie
; Per user, never elevated. {localappdata}\Programs is what {userpf} means for a
; non-administrative install; written out so the path in docs/install.md is literal.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\zkijdesk
DisableDirPage=yes
DefaultGroupName=zkijdesk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running zkijdesk (Restart Manager) before files are replaced.
CloseApplications=yes
RestartApplications=no
SetupIconFile={#SourcePath}..\..\zkijdesk\resources\icons\zkijdesk.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName=zkijdesk
OutputDir={#OutputDir}
OutputBaseFilename=zkijdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.RemoveDataQuestion=Wilt u ook uw zkijdesk-gegevens verwijderen?%n%nDat zijn de opslag met de cliëntdossiers, de reservekopieën en de instellingen in:%n%1%n%nDit kan niet ongedaan worden gemaakt. Kies Nee om ze te bewaren (bijvoorbeeld voor een nieuwe installatie).
english.RemoveDataQuestion=Do you also want to remove your zkijdesk data?%n%nThat is the store with the client files, its backups and the settings in:%n%1%n%nThis cannot be undone. Choose No to keep them (for example for a new installation).
dutch.RemoveDataFailed=Niet alles in %1 kon worden verwijderd. Verwijder de map zelf als dat nodig is.
english.RemoveDataFailed=Not everything in %1 could be removed. Remove the folder yourself if needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from an empty _internal folder (see the header).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\zkijdesk"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\zkijdesk"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,zkijdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program wrote into its own folder (never the data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataDir(): String;
begin
  { zkijdesk/config.py: platformdirs' user_data_path("zkijdesk", roaming=False). }
  Result := ExpandConstant('{localappdata}\zkijdesk');
end;

function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

function ShouldRemoveData(): Boolean;
begin
  if HasSwitch('/REMOVEDATA') then
    Result := True
  else if UninstallSilent() then
    Result := False
  else
    { Suppressed message boxes (/SUPPRESSMSGBOXES) answer No: the data stays. }
    Result := SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir()]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) then
  begin
    if ShouldRemoveData() then
    begin
      Log('Removing the data folder ' + DataDir());
      if not DelTree(DataDir(), True, True, True) then
        SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [DataDir()]),
          mbError, MB_OK, IDOK);
    end
    else
      Log('Keeping the data folder ' + DataDir());
  end;
end;

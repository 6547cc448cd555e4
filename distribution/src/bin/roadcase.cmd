@echo off
rem Starts Roadcase on Windows: bin\roadcase validate|generate [options] (bin\roadcase --help lists them).
rem The same as bin/roadcase, which explains the tuning: JAVA_HOME is the Java 17+ to run (default:
rem java on the PATH); JAVA_OPTS, then ROADCASE_OPTS, come after the tuning, so they win.
rem One difference: validate keeps the optimising compiler whatever the size of the data (bin/roadcase
rem gives small data the quick compiler only).
rem Exit codes: 0 done, 1 data errors, 2 wrong usage, 3 internal error, I/O error, or a Java that could
rem not be found or did not start.
setlocal EnableExtensions DisableDelayedExpansion

for %%i in ("%~dp0..") do set "ROADCASE_HOME=%%~fi"

if not defined JAVA_HOME goto java_on_path
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto java_found
echo roadcase: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe: set it to a Java 17 or newer 1>&2
endlocal & exit /b 3
:java_on_path
set "JAVA_EXE=java.exe"
where java.exe >nul 2>&1
if not errorlevel 1 goto java_found
echo roadcase: no java on the PATH: install Java 17 or newer, or set JAVA_HOME 1>&2
endlocal & exit /b 3
:java_found

set "USER_OPTIONS=%JAVA_TOOL_OPTIONS% %JDK_JAVA_OPTIONS% %JAVA_OPTS% %ROADCASE_OPTS%"
set "CMD="
call :first_command %*

set "TUNING="
echo(%USER_OPTIONS%| findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC" >nul
if errorlevel 1 set "TUNING=-XX:+UseSerialGC"
if /i not "%CMD%"=="generate" goto tuned_compiler
echo(%USER_OPTIONS%| findstr /i /c:"TieredStopAtLevel" /c:"TieredCompilation" >nul
if errorlevel 1 set "TUNING=%TUNING% -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20"
:tuned_compiler
if not exist "%ROADCASE_HOME%\lib\roadcase.jsa" goto tuned
echo(%USER_OPTIONS%| findstr /i /c:"SharedArchiveFile" /c:"ArchiveClassesAtExit" /c:"Xshare" >nul
if errorlevel 1 set TUNING=%TUNING% "-XX:SharedArchiveFile=%ROADCASE_HOME%\lib\roadcase.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
:tuned

"%JAVA_EXE%" %TUNING% %JAVA_OPTS% %ROADCASE_OPTS% -Droadcase.launcher=script -cp "%ROADCASE_HOME%\lib\roadcase.jar" io.roadcase.cli.Main %*
set "CODE=%ERRORLEVEL%"
if %CODE% GEQ 10 if %CODE% LEQ 13 goto roadcase_exit
echo roadcase: Java ended with code %CODE% before Roadcase reported a result (see above); Java: %JAVA_EXE% 1>&2
endlocal & exit /b 3
:roadcase_exit
set /a CODE=CODE-10
endlocal & exit /b %CODE%

rem The command is the first argument that is not an option.
:first_command
if "%~1"=="" goto :eof
set "ARG=%~1"
if "%ARG:~0,1%"=="-" (
  shift
  goto first_command
)
set "CMD=%~1"
goto :eof

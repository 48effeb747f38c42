<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rl::AddObservationDialog</name>
    <message>
        <source>&amp;Approximate (余, 多, 约 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::CorrectionCommands</name>
    <message>
        <source>Correct %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the extracted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change report details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::ImportErrorsDialog</name>
    <message>
        <source>Files Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported. The other files were imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::IndicatorLabels</name>
    <message>
        <source>Labour disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal education</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::IndicatorTableModel</name>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::LibraryTreeModel</name>
    <message>
        <source>Unknown agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Details corrected by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::MainWindow</name>
    <message>
        <source>province level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report files (.txt, .html, .pdf, .docx) to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every report in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import twelve made-up reports to try ReportLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create another library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the agency, place, level or year of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected figure as wrong; comparisons leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Extracted Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Figure from Selected Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a figure the extraction missed, from the text you selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReportLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReportLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;Reads the annual rule-of-law reports of human-resources and social-security bureaus, finds their figures with a link back to the sentence, and compares them across agencies and years.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all reports (e.g. 调解)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sample Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agency, place or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import (files already imported stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import is running; wait for it or cancel it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ReportLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ReportLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty. Import annual rule-of-law reports (.txt, .html, .pdf, .docx) with File ▸ Import Files… or Import Folder…, or drag files and folders onto this window.

To look around first, open the sample reports: twelve made-up reports (each marked 示例) from four agencies over three years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a report in the library on the left, or search all reports with the field at the top right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words with the figure in the report text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in this report</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) contain “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create a Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportLens libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::ReportDetailsDialog</name>
    <message>
        <source>Report Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what ReportLens read from the report. The extracted values are kept; comparisons use your corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 示例市人力资源和社会保障局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District / county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year covered:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::ReportTextView</name>
    <message>
        <source>Extracted value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::SectionTreeModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

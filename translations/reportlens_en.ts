<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>rl</name>
    <message>
      <source>%1: "%2" must be a list of strings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: "%2" holds something that is not a non-empty string</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no such file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file is larger than %1 MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file contains no text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a text file: it decodes in no supported encoding (UTF-8, GB18030, UTF-16)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 KB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 MB</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::AddObservationDialog</name>
    <message>
      <source>&amp;Approximate (余, 多, 约 …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selected text: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Indicator:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::BinarySniffer</name>
    <message>
      <source>it is an executable program (ELF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a PNG image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a JPEG image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a GIF image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a gzip archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a 7-Zip archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a RAR archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is an icon image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a media file (RIFF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is an SQLite database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a compiled program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a Windows program (EXE/DLL)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it contains binary data (NUL bytes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it contains binary data (control characters)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ChartExporter</name>
    <message>
      <source>the size must be between 100 and 20000 pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown image format '%1' (use .png, .svg or .pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the PNG file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the SVG file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the SVG file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the PDF file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the PDF file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ComparePage</name>
    <message>
      <source>Bars by agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lines by year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ranking (last year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two indicators (scatter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter agencies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agencies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Years:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Chart:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export Chart…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy Chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export Table…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the chart as PNG, SVG or PDF with its title, legend and source note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the matrix as CSV or as an Excel workbook with a native chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comparison matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check a second indicator for the scatter chart.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n value(s)</source>
      <translation>
        <numerusform>%n value</numerusform>
        <numerusform>%n values</numerusform>
      </translation>
    </message>
    <message>
      <source>Export Chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chart copied to the clipboard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export Table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ComparisonCsvWriter</name>
    <message>
      <source>cannot write the CSV file: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::CorrectionCommands</name>
    <message>
      <source>Correct %1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore the extracted %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reject %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change report details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::DocumentLoader</name>
    <message>
      <source>file not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is a folder, not a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a regular file (a device, pipe or socket)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no permission to read the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>file is too large (%1 MB; the limit is %2 MB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot open the file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot read the file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this is a legacy Word (.doc) or other OLE file; save it as .docx and import that</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a PDF file (no %PDF header); the file may be truncated or mislabelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a Word .docx file (not a zip archive)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this is an RTF document; save it as .docx or .txt and import that</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a text file: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::DocxReader</name>
    <message>
      <source>the file is a damaged zip archive (its directory cannot be read; it may be truncated), so it cannot be read as a Word document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the Word file is encrypted (%1); save an unprotected copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is it an Excel or other Office file?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is an Excel workbook (.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a PowerPoint presentation (.pptx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is an OpenDocument file (.odt/.ods); save it as .docx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this zip is not a Word document (no word/document.xml); %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the Word file is damaged: %1 is not well-formed XML (line %2: %3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the Word document contains no text (only images? it may be a scan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the Word file was not unpacked: %1 (a zip bomb?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the Word file cannot be unpacked: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ExportImageDialog</name>
    <message>
      <source>Export Chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> px</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2× for print (double pixels and DPI)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Width:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Height:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Resolution (DPI):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Image: %1 × %2 pixels at %3 DPI (%4 cm wide when printed).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::FindBar</name>
    <message>
      <source>Find:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text in this report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next match (F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the find bar (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not found</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ImportErrorsDialog</name>
    <message>
      <source>Files Not Imported</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be imported. The other files were imported.</source>
      <translation>
        <numerusform>%n file could not be imported. The other files were imported.</numerusform>
        <numerusform>%n files could not be imported. The other files were imported.</numerusform>
      </translation>
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy List</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::IndicatorCatalog</name>
    <message>
      <source>not valid JSON at byte %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the catalog must be a JSON object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the catalog has no "indicators" list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicator %1 is not a JSON object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicator %1 has no "id"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicator "%1" is defined twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicator "%1" has no "unit"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: "recognisers" must be a list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: a recogniser is not a JSON object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: a recogniser needs "subjects" or "measures"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>derived rate refers to unknown indicator "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checks.notGreater needs pairs of known indicator ids</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot open the catalog: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::IndicatorLabels</name>
    <message>
      <source>Labour disputes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wage arrears</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Oversight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enforcement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal education</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::IndicatorTableModel</name>
    <message>
      <source>rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>added by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>approx.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>derived</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>corrected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>≈</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Extracted value: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Flags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Section</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::LibraryTreeModel</name>
    <message>
      <source>Unknown agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n figure(s)</source>
      <translation>
        <numerusform>%n figure</numerusform>
        <numerusform>%n figures</numerusform>
      </translation>
    </message>
    <message>
      <source>Details corrected by hand</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n report(s)</source>
      <translation>
        <numerusform>%n report</numerusform>
        <numerusform>%n reports</numerusform>
      </translation>
    </message>
    <message>
      <source>Report</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::MainWindow</name>
    <message>
      <source>province level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>city level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>district level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>county level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import Files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add report files (.txt, .html, .pdf, .docx) to the library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import &amp;Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add every report in a folder and its subfolders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Sample Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import twelve made-up reports to try ReportLens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Library…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open or create another library file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find in Report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find Pre&amp;vious</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Search Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report &amp;Details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Correct the agency, place, level or year of this report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reject Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the selected figure as wrong; comparisons leave it out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore &amp;Extracted Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add Figure from Selected Text…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a figure the extraction missed, from the text you selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About ReportLens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About ReportLens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;Reads the annual rule-of-law reports of human-resources and social-security bureaus, finds their figures with a link back to the sentence, and compares them across agencies and years.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Recent Libraries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Main Toolbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search all reports (e.g. 调解)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open Sample Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter by agency, place or year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel the import (files already imported stay)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an import is running; wait for it or cancel it first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open the library %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 — ReportLens</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n report(s) in %1</source>
      <translation>
        <numerusform>%n report in %1</numerusform>
        <numerusform>%n reports in %1</numerusform>
      </translation>
    </message>
    <message>
      <source>The library could not be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to ReportLens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your library is empty. Import annual rule-of-law reports (.txt, .html, .pdf, .docx) with File ▸ Import Files… or Import Folder…, or drag files and folders onto this window.

To look around first, open the sample reports: twelve made-up reports (each marked 示例) from four agencies over three years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick a report in the library on the left, or search all reports with the field at the top right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Restore Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figures (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>covers %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>year unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>published %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The library refused the change: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select the words with the figure in the report text first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Show in Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Correct Value…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n match(es) in this report</source>
      <translation>
        <numerusform>%n match in this report</numerusform>
        <numerusform>%n matches in this report</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) contain “%1”</source>
      <translation>
        <numerusform>%n report contain “%1”</numerusform>
        <numerusform>%n reports contain “%1”</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Looking for reports…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Imported %n report(s)</source>
      <translation>
        <numerusform>Imported %n report</numerusform>
        <numerusform>Imported %n reports</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n already in the library</source>
      <translation>
        <numerusform>; %n already in the library</numerusform>
        <numerusform>; %n already in the library</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n could not be read</source>
      <translation>
        <numerusform>; %n could not be read</numerusform>
        <numerusform>; %n could not be read</numerusform>
      </translation>
    </message>
    <message>
      <source> (cancelled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports (*.txt *.html *.htm *.pdf *.docx);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a Folder of Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open or Create a Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ReportLens libraries (*.sqlite *.db);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open %1:
%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;%1 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 — %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Re-extract All Figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find the figures of every report again with the current catalog; corrections are kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-extracting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finding the figures of every report again…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-extraction failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-extraction cancelled; the reports done so far keep their new figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figures found again in every report; corrections kept</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::MhtReader</name>
    <message>
      <source>a web archive (.mht) without a web page inside</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::PdfReader</name>
    <message>
      <source>the PDF is truncated (it stops before its end marker); download it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the PDF is damaged and cannot be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the PDF is encrypted and needs a password to open; save an unprotected copy and import that</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the PDF is damaged: it has no pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this PDF has no text layer; it was probably scanned. Run it through OCR (text recognition) and import the result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the text of this PDF cannot be decoded (its fonts have no Unicode map); treat it like a scan and run it through OCR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this PDF has no text layer on most pages (%1 of %2 pages have none); it was probably scanned. Run it through OCR (text recognition) and import the result</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ReportDetailsDialog</name>
    <message>
      <source>Report Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Correct what ReportLens read from the report. The extracted values are kept; comparisons use your corrections.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 示例市人力资源和社会保障局</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Agency:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Province:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;City:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;District / county:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>County</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Year covered:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ReportExtraction</name>
    <message>
      <source>%1 is stated as %2 but its counts give %3 (%4 / %5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2) is greater than %3 (%4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is %2%, more than %3%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 has different values in this report: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ReportLibrary</name>
    <message>
      <source>no library path given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the library path is a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the library file is read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot create the folder %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the library's folder is read-only (SQLite needs to write its journal beside the file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the library was written by a newer ReportLens (schema version %1; this version reads up to %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a ReportLens library (an SQLite database with other tables)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot upgrade the library from schema version %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the library is not open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no report with id %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the observation has no indicator id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no observation added by hand with id %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>report %1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ReportLibrary::Private</name>
    <message>
      <source>the library is locked by another program (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the library is read-only (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is full (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the library file cannot be opened (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a ReportLens library (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>database error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no observation with id %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the report has no content hash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>report %1 has no stored text</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ReportTextView</name>
    <message>
      <source>Extracted value: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::SectionTreeModel</name>
    <message>
      <source>Section</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::TextDecoder</name>
    <message>
      <source>unsupported encoding %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the text does not decode as %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a text file: it starts with a %1 byte-order mark but does not decode as %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a text file: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::XlsxComparisonWriter</name>
    <message>
      <source>cannot write the XLSX file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot create the XLSX workbook</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>rl::ZipArchive</name>
    <message>
      <source>%1 is encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot open %1 (damaged entry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 uses an unsupported compression method (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot start inflating %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is damaged (read error %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is damaged (inflate error %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is truncated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is damaged (checksum mismatch)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 would inflate to %2; the limit is %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 inflates past %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 inflates to more than the %2 its header declares (a damaged file, or a zip bomb)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>rl</name>
    <message>
      <source>%1: "%2" must be a list of strings</source>
      <translation>%1:“%2”必须是字符串列表</translation>
    </message>
    <message>
      <source>%1: "%2" holds something that is not a non-empty string</source>
      <translation>%1:“%2”中含有非字符串或空字符串</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>no such file</source>
      <translation>文件不存在</translation>
    </message>
    <message>
      <source>the file is larger than %1 MB</source>
      <translation>文件大于 %1 MB</translation>
    </message>
    <message>
      <source>the file contains no text</source>
      <translation>文件中没有文字</translation>
    </message>
    <message>
      <source>not a text file: it decodes in no supported encoding (UTF-8, GB18030, UTF-16)</source>
      <translation>不是文本文件:无法按任何支持的编码(UTF-8、GB18030、UTF-16)解码</translation>
    </message>
    <message>
      <source>%1 KB</source>
      <translation>%1 KB</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
  </context>
  <context>
    <name>rl::AddObservationDialog</name>
    <message>
      <source>&amp;Approximate (余, 多, 约 …)</source>
      <translation>约数(余、多、约……)(&amp;A)</translation>
    </message>
    <message>
      <source>Add Figure</source>
      <translation>添加数字</translation>
    </message>
    <message>
      <source>Selected text: %1</source>
      <translation>选中的文字:%1</translation>
    </message>
    <message>
      <source>&amp;Indicator:</source>
      <translation>指标(&amp;I):</translation>
    </message>
    <message>
      <source>&amp;Value:</source>
      <translation>数值(&amp;V):</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>单位(&amp;U):</translation>
    </message>
  </context>
  <context>
    <name>rl::BinarySniffer</name>
    <message>
      <source>it is an executable program (ELF)</source>
      <translation>这是可执行程序(ELF)</translation>
    </message>
    <message>
      <source>it is a PNG image</source>
      <translation>这是 PNG 图片</translation>
    </message>
    <message>
      <source>it is a JPEG image</source>
      <translation>这是 JPEG 图片</translation>
    </message>
    <message>
      <source>it is a GIF image</source>
      <translation>这是 GIF 图片</translation>
    </message>
    <message>
      <source>it is a gzip archive</source>
      <translation>这是 gzip 压缩包</translation>
    </message>
    <message>
      <source>it is a 7-Zip archive</source>
      <translation>这是 7-Zip 压缩包</translation>
    </message>
    <message>
      <source>it is a RAR archive</source>
      <translation>这是 RAR 压缩包</translation>
    </message>
    <message>
      <source>it is an icon image</source>
      <translation>这是图标文件</translation>
    </message>
    <message>
      <source>it is a media file (RIFF)</source>
      <translation>这是音视频文件(RIFF)</translation>
    </message>
    <message>
      <source>it is an SQLite database</source>
      <translation>这是 SQLite 数据库</translation>
    </message>
    <message>
      <source>it is a compiled program</source>
      <translation>这是编译后的程序</translation>
    </message>
    <message>
      <source>it is a Windows program (EXE/DLL)</source>
      <translation>这是 Windows 程序(EXE/DLL)</translation>
    </message>
    <message>
      <source>it contains binary data (NUL bytes)</source>
      <translation>含有二进制数据(NUL 字节)</translation>
    </message>
    <message>
      <source>it contains binary data (control characters)</source>
      <translation>含有二进制数据(控制字符)</translation>
    </message>
  </context>
  <context>
    <name>rl::ChartExporter</name>
    <message>
      <source>the size must be between 100 and 20000 pixels</source>
      <translation>尺寸必须在 100 到 20000 像素之间</translation>
    </message>
    <message>
      <source>unknown image format '%1' (use .png, .svg or .pdf)</source>
      <translation>未知的图片格式“%1”(请使用 .png、.svg 或 .pdf)</translation>
    </message>
    <message>
      <source>cannot write the PNG file</source>
      <translation>无法写入 PNG 文件</translation>
    </message>
    <message>
      <source>cannot write the SVG file: %1</source>
      <translation>无法写入 SVG 文件:%1</translation>
    </message>
    <message>
      <source>cannot write the SVG file</source>
      <translation>无法写入 SVG 文件</translation>
    </message>
    <message>
      <source>cannot write the PDF file: %1</source>
      <translation>无法写入 PDF 文件:%1</translation>
    </message>
    <message>
      <source>cannot write the PDF file</source>
      <translation>无法写入 PDF 文件</translation>
    </message>
  </context>
  <context>
    <name>rl::ComparePage</name>
    <message>
      <source>Bars by agency</source>
      <translation>按单位分组柱状图</translation>
    </message>
    <message>
      <source>Lines by year</source>
      <translation>按年份折线图</translation>
    </message>
    <message>
      <source>Ranking (last year)</source>
      <translation>排名(末年)</translation>
    </message>
    <message>
      <source>Two indicators (scatter)</source>
      <translation>双指标散点图</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Filter agencies</source>
      <translation>筛选单位</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>选择</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>None</source>
      <translation>全不选</translation>
    </message>
    <message>
      <source>First year</source>
      <translation>起始年份</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>截止年份</translation>
    </message>
    <message>
      <source>&amp;Years:</source>
      <translation>年份(&amp;Y):</translation>
    </message>
    <message>
      <source>&amp;Chart:</source>
      <translation>图表(&amp;C):</translation>
    </message>
    <message>
      <source>Export Chart…</source>
      <translation>导出图表…</translation>
    </message>
    <message>
      <source>Copy Chart</source>
      <translation>复制图表</translation>
    </message>
    <message>
      <source>Export Table…</source>
      <translation>导出表格…</translation>
    </message>
    <message>
      <source>Save the chart as PNG, SVG or PDF with its title, legend and source note</source>
      <translation>将图表连同标题、图例和资料来源保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
      <source>Save the matrix as CSV or as an Excel workbook with a native chart</source>
      <translation>将对比表保存为 CSV,或带原生图表的 Excel 工作簿</translation>
    </message>
    <message>
      <source>Comparison matrix</source>
      <translation>对比表</translation>
    </message>
    <message>
      <source>Only Province</source>
      <translation>仅选该省</translation>
    </message>
    <message>
      <source>Only Level</source>
      <translation>仅选该层级</translation>
    </message>
    <message>
      <source>Add Province</source>
      <translation>加选该省</translation>
    </message>
    <message>
      <source>Add Level</source>
      <translation>加选该层级</translation>
    </message>
    <message>
      <source>Check a second indicator for the scatter chart.</source>
      <translation>散点图需要再勾选第二个指标。</translation>
    </message>
    <message>
      <source>Export Chart</source>
      <translation>导出图表</translation>
    </message>
    <message>
      <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
      <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Chart copied to the clipboard.</source>
      <translation>图表已复制到剪贴板。</translation>
    </message>
    <message>
      <source>Export Table</source>
      <translation>导出表格</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV,UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>%n value(s)</source>
      <translation>
        <numerusform>%n 个数值</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>rl::ComparisonCsvWriter</name>
    <message>
      <source>cannot write the CSV file: %1</source>
      <translation>无法写入 CSV 文件:%1</translation>
    </message>
  </context>
  <context>
    <name>rl::CorrectionCommands</name>
    <message>
      <source>Correct %1 to %2</source>
      <translation>将%1更正为 %2</translation>
    </message>
    <message>
      <source>Restore the extracted %1</source>
      <translation>恢复提取的%1</translation>
    </message>
    <message>
      <source>Reject %1</source>
      <translation>否决%1</translation>
    </message>
    <message>
      <source>Restore %1</source>
      <translation>恢复%1</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>添加%1</translation>
    </message>
    <message>
      <source>Change report details</source>
      <translation>修改报告信息</translation>
    </message>
  </context>
  <context>
    <name>rl::DocumentLoader</name>
    <message>
      <source>file not found</source>
      <translation>找不到文件</translation>
    </message>
    <message>
      <source>is a folder, not a file</source>
      <translation>这是文件夹,不是文件</translation>
    </message>
    <message>
      <source>not a regular file (a device, pipe or socket)</source>
      <translation>不是普通文件(设备、管道或套接字)</translation>
    </message>
    <message>
      <source>no permission to read the file</source>
      <translation>没有读取该文件的权限</translation>
    </message>
    <message>
      <source>file is too large (%1 MB; the limit is %2 MB)</source>
      <translation>文件过大(%1 MB,上限为 %2 MB)</translation>
    </message>
    <message>
      <source>cannot open the file: %1</source>
      <translation>无法打开文件:%1</translation>
    </message>
    <message>
      <source>cannot read the file: %1</source>
      <translation>无法读取文件:%1</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>文件为空</translation>
    </message>
    <message>
      <source>this is a legacy Word (.doc) or other OLE file; save it as .docx and import that</source>
      <translation>这是旧版 Word(.doc)或其他 OLE 文件;请另存为 .docx 后再导入</translation>
    </message>
    <message>
      <source>not a PDF file (no %PDF header); the file may be truncated or mislabelled</source>
      <translation>不是 PDF 文件(没有 %PDF 文件头);文件可能不完整或扩展名有误</translation>
    </message>
    <message>
      <source>not a Word .docx file (not a zip archive)</source>
      <translation>不是 Word .docx 文件(不是 zip 压缩包)</translation>
    </message>
    <message>
      <source>this is an RTF document; save it as .docx or .txt and import that</source>
      <translation>这是 RTF 文档;请另存为 .docx 或 .txt 后再导入</translation>
    </message>
    <message>
      <source>not a text file: %1</source>
      <translation>不是文本文件:%1</translation>
    </message>
  </context>
  <context>
    <name>rl::DocxReader</name>
    <message>
      <source>the file is a damaged zip archive (its directory cannot be read; it may be truncated), so it cannot be read as a Word document</source>
      <translation>文件是损坏的 zip 压缩包(无法读取目录,可能不完整),不能作为 Word 文档读取</translation>
    </message>
    <message>
      <source>the Word file is encrypted (%1); save an unprotected copy</source>
      <translation>Word 文件已加密(%1);请另存一份未加密的副本</translation>
    </message>
    <message>
      <source>is it an Excel or other Office file?</source>
      <translation>是否为 Excel 或其他 Office 文件?</translation>
    </message>
    <message>
      <source>it is an Excel workbook (.xlsx)</source>
      <translation>这是 Excel 工作簿(.xlsx)</translation>
    </message>
    <message>
      <source>it is a PowerPoint presentation (.pptx)</source>
      <translation>这是 PowerPoint 演示文稿(.pptx)</translation>
    </message>
    <message>
      <source>it is an OpenDocument file (.odt/.ods); save it as .docx</source>
      <translation>这是 OpenDocument 文件(.odt/.ods);请另存为 .docx</translation>
    </message>
    <message>
      <source>this zip is not a Word document (no word/document.xml); %1</source>
      <translation>该 zip 不是 Word 文档(没有 word/document.xml);%1</translation>
    </message>
    <message>
      <source>the Word file is damaged: %1 is not well-formed XML (line %2: %3)</source>
      <translation>Word 文件已损坏:%1 不是格式正确的 XML(第 %2 行:%3)</translation>
    </message>
    <message>
      <source>the Word document contains no text (only images? it may be a scan)</source>
      <translation>Word 文档中没有文字(只有图片?可能是扫描件)</translation>
    </message>
    <message>
      <source>the Word file was not unpacked: %1 (a zip bomb?)</source>
      <translation>Word 文件未解压:%1(疑似 zip 炸弹)</translation>
    </message>
    <message>
      <source>the Word file cannot be unpacked: %1</source>
      <translation>Word 文件无法解压:%1</translation>
    </message>
  </context>
  <context>
    <name>rl::ExportImageDialog</name>
    <message>
      <source>Export Chart</source>
      <translation>导出图表</translation>
    </message>
    <message>
      <source> px</source>
      <translation> 像素</translation>
    </message>
    <message>
      <source>2× for print (double pixels and DPI)</source>
      <translation>打印用 2 倍(像素和 DPI 加倍)</translation>
    </message>
    <message>
      <source>&amp;Width:</source>
      <translation>宽度(&amp;W):</translation>
    </message>
    <message>
      <source>&amp;Height:</source>
      <translation>高度(&amp;H):</translation>
    </message>
    <message>
      <source>&amp;Resolution (DPI):</source>
      <translation>分辨率(DPI)(&amp;R):</translation>
    </message>
    <message>
      <source>Image: %1 × %2 pixels at %3 DPI (%4 cm wide when printed).</source>
      <translation>图片:%1 × %2 像素,%3 DPI(打印宽度 %4 厘米)。</translation>
    </message>
  </context>
  <context>
    <name>rl::FindBar</name>
    <message>
      <source>Find:</source>
      <translation>查找:</translation>
    </message>
    <message>
      <source>Text in this report</source>
      <translation>在本报告中查找</translation>
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation>上一个(Shift+F3)</translation>
    </message>
    <message>
      <source>Next match (F3)</source>
      <translation>下一个(F3)</translation>
    </message>
    <message>
      <source>Close the find bar (Esc)</source>
      <translation>关闭查找栏(Esc)</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>未找到</translation>
    </message>
  </context>
  <context>
    <name>rl::ImportErrorsDialog</name>
    <message>
      <source>Files Not Imported</source>
      <translation>未能导入的文件</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be imported. The other files were imported.</source>
      <translation>
        <numerusform>有 %n 个文件未能导入,其余文件已导入。</numerusform>
      </translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>&amp;Copy List</source>
      <translation>复制列表(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>rl::IndicatorCatalog</name>
    <message>
      <source>not valid JSON at byte %1: %2</source>
      <translation>第 %1 字节处不是有效的 JSON:%2</translation>
    </message>
    <message>
      <source>the catalog must be a JSON object</source>
      <translation>指标目录必须是 JSON 对象</translation>
    </message>
    <message>
      <source>the catalog has no "indicators" list</source>
      <translation>指标目录中没有“indicators”列表</translation>
    </message>
    <message>
      <source>indicator %1 is not a JSON object</source>
      <translation>指标 %1 不是 JSON 对象</translation>
    </message>
    <message>
      <source>indicator %1 has no "id"</source>
      <translation>指标 %1 没有“id”</translation>
    </message>
    <message>
      <source>indicator "%1" is defined twice</source>
      <translation>指标“%1”重复定义</translation>
    </message>
    <message>
      <source>indicator "%1" has no "unit"</source>
      <translation>指标“%1”没有“unit”</translation>
    </message>
    <message>
      <source>%1: "recognisers" must be a list</source>
      <translation>%1:“recognisers”必须是列表</translation>
    </message>
    <message>
      <source>%1: a recogniser is not a JSON object</source>
      <translation>%1:识别规则不是 JSON 对象</translation>
    </message>
    <message>
      <source>%1: a recogniser needs "subjects" or "measures"</source>
      <translation>%1:识别规则需要“subjects”或“measures”</translation>
    </message>
    <message>
      <source>derived rate refers to unknown indicator "%1"</source>
      <translation>推算比率引用了未知指标“%1”</translation>
    </message>
    <message>
      <source>checks.notGreater needs pairs of known indicator ids</source>
      <translation>checks.notGreater 需要成对的已知指标 id</translation>
    </message>
    <message>
      <source>cannot open the catalog: %1</source>
      <translation>无法打开指标目录:%1</translation>
    </message>
  </context>
  <context>
    <name>rl::IndicatorLabels</name>
    <message>
      <source>Labour disputes</source>
      <translation>劳动人事争议</translation>
    </message>
    <message>
      <source>Wage arrears</source>
      <translation>欠薪治理</translation>
    </message>
    <message>
      <source>Oversight</source>
      <translation>监督与应诉</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>制度建设</translation>
    </message>
    <message>
      <source>Enforcement</source>
      <translation>行政执法</translation>
    </message>
    <message>
      <source>Legal education</source>
      <translation>普法宣传</translation>
    </message>
  </context>
  <context>
    <name>rl::IndicatorTableModel</name>
    <message>
      <source>rejected</source>
      <translation>已否决</translation>
    </message>
    <message>
      <source>added by hand</source>
      <translation>手工添加</translation>
    </message>
    <message>
      <source>approx.</source>
      <translation>约数</translation>
    </message>
    <message>
      <source>derived</source>
      <translation>推算</translation>
    </message>
    <message>
      <source>part</source>
      <translation>分项</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>已更正</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>需核对</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>≈</source>
      <translation>约</translation>
    </message>
    <message>
      <source>Extracted value: %1</source>
      <translation>提取值:%1</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>标记</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>章节</translation>
    </message>
  </context>
  <context>
    <name>rl::LibraryTreeModel</name>
    <message>
      <source>Unknown agency</source>
      <translation>未识别单位</translation>
    </message>
    <message>
      <source>Unknown year</source>
      <translation>年份未知</translation>
    </message>
    <message>
      <source>%1</source>
      <translation>%1年</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
      <source>%n figure(s)</source>
      <translation>
        <numerusform>%n 个数字</numerusform>
      </translation>
    </message>
    <message>
      <source>Details corrected by hand</source>
      <translation>报告信息已手工更正</translation>
    </message>
    <message numerus="yes">
      <source>%n report(s)</source>
      <translation>
        <numerusform>%n 份报告</numerusform>
      </translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
  </context>
  <context>
    <name>rl::MainWindow</name>
    <message>
      <source>province level</source>
      <translation>省级</translation>
    </message>
    <message>
      <source>city level</source>
      <translation>市级</translation>
    </message>
    <message>
      <source>district level</source>
      <translation>区级</translation>
    </message>
    <message>
      <source>county level</source>
      <translation>县级</translation>
    </message>
    <message>
      <source>&amp;Import Files…</source>
      <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
      <source>Add report files (.txt, .html, .pdf, .docx) to the library</source>
      <translation>将报告文件(.txt、.html、.pdf、.docx)加入报告库</translation>
    </message>
    <message>
      <source>Import &amp;Folder…</source>
      <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
      <source>Add every report in a folder and its subfolders</source>
      <translation>导入文件夹及其子文件夹中的全部报告</translation>
    </message>
    <message>
      <source>Open &amp;Sample Reports</source>
      <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
      <source>Import twelve made-up reports to try ReportLens</source>
      <translation>导入十二份虚构的示例报告,体验 ReportLens</translation>
    </message>
    <message>
      <source>Open &amp;Library…</source>
      <translation>打开报告库(&amp;L)…</translation>
    </message>
    <message>
      <source>Open or create another library file</source>
      <translation>打开或新建另一个报告库文件</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Find in Report…</source>
      <translation>在报告中查找(&amp;F)…</translation>
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
      <source>Find Pre&amp;vious</source>
      <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Search Library</source>
      <translation>搜索报告库(&amp;S)</translation>
    </message>
    <message>
      <source>Report &amp;Details…</source>
      <translation>报告信息(&amp;D)…</translation>
    </message>
    <message>
      <source>Correct the agency, place, level or year of this report</source>
      <translation>更正本报告的单位、地区、层级或年份</translation>
    </message>
    <message>
      <source>&amp;Reject Figure</source>
      <translation>否决该数字(&amp;R)</translation>
    </message>
    <message>
      <source>Mark the selected figure as wrong; comparisons leave it out</source>
      <translation>将选中的数字标为错误,对比时不再使用</translation>
    </message>
    <message>
      <source>Restore &amp;Extracted Value</source>
      <translation>恢复提取值(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Add Figure from Selected Text…</source>
      <translation>从选中文字添加数字(&amp;A)…</translation>
    </message>
    <message>
      <source>Record a figure the extraction missed, from the text you selected</source>
      <translation>根据选中的文字补录漏提取的数字</translation>
    </message>
    <message>
      <source>&amp;About ReportLens</source>
      <translation>关于 ReportLens(&amp;A)</translation>
    </message>
    <message>
      <source>About ReportLens</source>
      <translation>关于 ReportLens</translation>
    </message>
    <message>
      <source>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;Reads the annual rule-of-law reports of human-resources and social-security bureaus, finds their figures with a link back to the sentence, and compares them across agencies and years.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;阅读人力资源和社会保障部门的法治政府建设年度报告,提取其中的数字并链接回原句,按单位和年份进行对比。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Recent Libraries</source>
      <translation>最近使用的报告库(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Main Toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <source>Search all reports (e.g. 调解)</source>
      <translation>搜索全部报告(如:调解)</translation>
    </message>
    <message>
      <source>Open Sample Reports</source>
      <translation>打开示例报告</translation>
    </message>
    <message>
      <source>Import Files…</source>
      <translation>导入文件…</translation>
    </message>
    <message>
      <source>Import Folder…</source>
      <translation>导入文件夹…</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>报告库</translation>
    </message>
    <message>
      <source>Filter by agency, place or year</source>
      <translation>按单位、地区或年份筛选</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>章节</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>数字</translation>
    </message>
    <message>
      <source>Search Results</source>
      <translation>搜索结果</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cancel the import (files already imported stay)</source>
      <translation>取消导入(已导入的文件会保留)</translation>
    </message>
    <message>
      <source>an import is running; wait for it or cancel it first</source>
      <translation>正在导入;请等待完成或先取消</translation>
    </message>
    <message>
      <source>Could not open the library %1: %2</source>
      <translation>无法打开报告库 %1:%2</translation>
    </message>
    <message>
      <source>%1 — ReportLens</source>
      <translation>%1 — ReportLens</translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) in %1</source>
      <translation>
        <numerusform>%1 中共 %n 份报告</numerusform>
      </translation>
    </message>
    <message>
      <source>The library could not be opened</source>
      <translation>无法打开报告库</translation>
    </message>
    <message>
      <source>Welcome to ReportLens</source>
      <translation>欢迎使用 ReportLens</translation>
    </message>
    <message>
      <source>Your library is empty. Import annual rule-of-law reports (.txt, .html, .pdf, .docx) with File ▸ Import Files… or Import Folder…, or drag files and folders onto this window.

To look around first, open the sample reports: twelve made-up reports (each marked 示例) from four agencies over three years.</source>
      <translation>报告库还是空的。请通过“文件 ▸ 导入文件…”或“导入文件夹…”导入法治政府建设年度报告(.txt、.html、.pdf、.docx),也可以把文件或文件夹直接拖到本窗口。

想先看看效果,可以打开示例报告:四个虚构单位、三个年度共十二份报告(均标有“示例”)。</translation>
    </message>
    <message>
      <source>Choose a report</source>
      <translation>请选择一份报告</translation>
    </message>
    <message>
      <source>Pick a report in the library on the left, or search all reports with the field at the top right.</source>
      <translation>在左侧报告库中选择一份报告,或用右上角的搜索框搜索全部报告。</translation>
    </message>
    <message>
      <source>&amp;Restore Figure</source>
      <translation>恢复该数字(&amp;R)</translation>
    </message>
    <message>
      <source>Figures (%1)</source>
      <translation>数字(%1)</translation>
    </message>
    <message>
      <source>covers %1</source>
      <translation>%1年度</translation>
    </message>
    <message>
      <source>year unknown</source>
      <translation>年份未知</translation>
    </message>
    <message>
      <source>published %1</source>
      <translation>发布于 %1</translation>
    </message>
    <message>
      <source>The library refused the change: %1</source>
      <translation>报告库未能保存修改:%1</translation>
    </message>
    <message>
      <source>Select the words with the figure in the report text first.</source>
      <translation>请先在报告原文中选中含有该数字的文字。</translation>
    </message>
    <message>
      <source>&amp;Show in Text</source>
      <translation>在原文中显示(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Correct Value…</source>
      <translation>更正数值(&amp;C)…</translation>
    </message>
    <message numerus="yes">
      <source>%n match(es) in this report</source>
      <translation>
        <numerusform>本报告中有 %n 处匹配</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) contain “%1”</source>
      <translation>
        <numerusform>%n 份报告含有“%1”</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>Looking for reports…</source>
      <translation>正在查找报告…</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <source>Importing %1</source>
      <translation>正在导入 %1</translation>
    </message>
    <message>
      <source>Import failed: %1</source>
      <translation>导入失败:%1</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n report(s)</source>
      <translation>
        <numerusform>已导入 %n 份报告</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n already in the library</source>
      <translation>
        <numerusform>;%n 份已在库中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n could not be read</source>
      <translation>
        <numerusform>;%n 份无法读取</numerusform>
      </translation>
    </message>
    <message>
      <source> (cancelled)</source>
      <translation>(已取消)</translation>
    </message>
    <message>
      <source>Import Reports</source>
      <translation>导入报告</translation>
    </message>
    <message>
      <source>Reports (*.txt *.html *.htm *.pdf *.docx);;All files (*)</source>
      <translation>报告 (*.txt *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Import a Folder of Reports</source>
      <translation>导入报告文件夹</translation>
    </message>
    <message>
      <source>Open or Create a Library</source>
      <translation>打开或新建报告库</translation>
    </message>
    <message>
      <source>ReportLens libraries (*.sqlite *.db);;All files (*)</source>
      <translation>ReportLens 报告库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Open Library</source>
      <translation>打开报告库</translation>
    </message>
    <message>
      <source>Could not open %1:
%2</source>
      <translation>无法打开 %1:
%2</translation>
    </message>
    <message>
      <source>&amp;%1 %2</source>
      <translation>&amp;%1 %2</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>对比</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Import Files</source>
      <translation>导入文件</translation>
    </message>
    <message>
      <source>Import Folder</source>
      <translation>导入文件夹</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <source>Report Details</source>
      <translation>报告信息</translation>
    </message>
    <message>
      <source>&amp;Re-extract All Figures</source>
      <translation>重新提取全部数字(&amp;R)</translation>
    </message>
    <message>
      <source>Find the figures of every report again with the current catalog; corrections are kept</source>
      <translation>按当前指标目录重新提取每份报告的数字;已有更正会保留</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <source>Re-extracting…</source>
      <translation>正在重新提取…</translation>
    </message>
    <message>
      <source>Finding the figures of every report again…</source>
      <translation>正在重新提取每份报告的数字…</translation>
    </message>
    <message>
      <source>Re-extraction failed: %1</source>
      <translation>重新提取失败:%1</translation>
    </message>
    <message>
      <source>Re-extraction cancelled; the reports done so far keep their new figures</source>
      <translation>已取消重新提取;已处理的报告保留新提取的数字</translation>
    </message>
    <message>
      <source>Figures found again in every report; corrections kept</source>
      <translation>已重新提取全部报告的数字,更正均已保留</translation>
    </message>
  </context>
  <context>
    <name>rl::MhtReader</name>
    <message>
      <source>a web archive (.mht) without a web page inside</source>
      <translation>网页存档(.mht)中没有网页</translation>
    </message>
  </context>
  <context>
    <name>rl::PdfReader</name>
    <message>
      <source>the PDF is truncated (it stops before its end marker); download it again</source>
      <translation>PDF 文件不完整(缺少结束标记);请重新下载</translation>
    </message>
    <message>
      <source>the PDF is damaged and cannot be opened</source>
      <translation>PDF 文件已损坏,无法打开</translation>
    </message>
    <message>
      <source>the PDF is encrypted and needs a password to open; save an unprotected copy and import that</source>
      <translation>PDF 已加密,需要密码才能打开;请另存一份未加密的副本后导入</translation>
    </message>
    <message>
      <source>the PDF is damaged: it has no pages</source>
      <translation>PDF 文件已损坏:没有页面</translation>
    </message>
    <message>
      <source>this PDF has no text layer; it was probably scanned. Run it through OCR (text recognition) and import the result</source>
      <translation>该 PDF 没有文字层,可能是扫描件。请先进行 OCR(文字识别)再导入结果</translation>
    </message>
    <message>
      <source>the text of this PDF cannot be decoded (its fonts have no Unicode map); treat it like a scan and run it through OCR</source>
      <translation>该 PDF 的文字无法解码(字体缺少 Unicode 映射);请按扫描件处理,先进行 OCR</translation>
    </message>
    <message>
      <source>this PDF has no text layer on most pages (%1 of %2 pages have none); it was probably scanned. Run it through OCR (text recognition) and import the result</source>
      <translation>该 PDF 大部分页面没有文字层(%2 页中有 %1 页没有),可能是扫描件。请先进行 OCR(文字识别)再导入结果</translation>
    </message>
  </context>
  <context>
    <name>rl::ReportDetailsDialog</name>
    <message>
      <source>Report Details</source>
      <translation>报告信息</translation>
    </message>
    <message>
      <source>Correct what ReportLens read from the report. The extracted values are kept; comparisons use your corrections.</source>
      <translation>更正 ReportLens 从报告中识别的信息。原识别结果会保留,对比时使用您的更正。</translation>
    </message>
    <message>
      <source>e.g. 示例市人力资源和社会保障局</source>
      <translation>如:示例市人力资源和社会保障局</translation>
    </message>
    <message>
      <source>&amp;Agency:</source>
      <translation>单位(&amp;A):</translation>
    </message>
    <message>
      <source>&amp;Province:</source>
      <translation>省(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;City:</source>
      <translation>市(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;District / county:</source>
      <translation>区/县(&amp;D):</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>省级</translation>
    </message>
    <message>
      <source>City</source>
      <translation>市级</translation>
    </message>
    <message>
      <source>District</source>
      <translation>区级</translation>
    </message>
    <message>
      <source>County</source>
      <translation>县级</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>层级(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Year covered:</source>
      <translation>报告年度(&amp;Y):</translation>
    </message>
  </context>
  <context>
    <name>rl::ReportExtraction</name>
    <message>
      <source>%1 is stated as %2 but its counts give %3 (%4 / %5)</source>
      <translation>%1 报告为 %2,但按相应数字计算为 %3(%4 / %5)</translation>
    </message>
    <message>
      <source>%1 (%2) is greater than %3 (%4)</source>
      <translation>%1(%2)大于 %3(%4)</translation>
    </message>
    <message>
      <source>%1 is %2%, more than %3%</source>
      <translation>%1 为 %2%,超过 %3%</translation>
    </message>
    <message>
      <source>%1 has different values in this report: %2</source>
      <translation>%1 在本报告中有不同的数值:%2</translation>
    </message>
  </context>
  <context>
    <name>rl::ReportLibrary</name>
    <message>
      <source>no library path given</source>
      <translation>未指定报告库路径</translation>
    </message>
    <message>
      <source>the library path is a folder</source>
      <translation>报告库路径是一个文件夹</translation>
    </message>
    <message>
      <source>the library file is read-only</source>
      <translation>报告库文件是只读的</translation>
    </message>
    <message>
      <source>cannot create the folder %1</source>
      <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
      <source>the library's folder is read-only (SQLite needs to write its journal beside the file)</source>
      <translation>报告库所在文件夹是只读的(SQLite 需要在文件旁写入日志)</translation>
    </message>
    <message>
      <source>the library was written by a newer ReportLens (schema version %1; this version reads up to %2)</source>
      <translation>该报告库由更新版本的 ReportLens 创建(结构版本 %1;本版本最高支持 %2)</translation>
    </message>
    <message>
      <source>not a ReportLens library (an SQLite database with other tables)</source>
      <translation>不是 ReportLens 报告库(是含有其他数据表的 SQLite 数据库)</translation>
    </message>
    <message>
      <source>cannot upgrade the library from schema version %1: %2</source>
      <translation>无法从结构版本 %1 升级报告库:%2</translation>
    </message>
    <message>
      <source>the library is not open</source>
      <translation>报告库未打开</translation>
    </message>
    <message>
      <source>no report with id %1</source>
      <translation>没有 id 为 %1 的报告</translation>
    </message>
    <message>
      <source>the observation has no indicator id</source>
      <translation>该数字没有指标 id</translation>
    </message>
    <message>
      <source>no observation added by hand with id %1</source>
      <translation>没有 id 为 %1 的手工添加数字</translation>
    </message>
    <message>
      <source>report %1: %2</source>
      <translation>报告 %1:%2</translation>
    </message>
  </context>
  <context>
    <name>rl::ReportLibrary::Private</name>
    <message>
      <source>the library is locked by another program (%1)</source>
      <translation>报告库被其他程序锁定(%1)</translation>
    </message>
    <message>
      <source>the library is read-only (%1)</source>
      <translation>报告库是只读的(%1)</translation>
    </message>
    <message>
      <source>the disk is full (%1)</source>
      <translation>磁盘已满(%1)</translation>
    </message>
    <message>
      <source>the library file cannot be opened (%1)</source>
      <translation>无法打开报告库文件(%1)</translation>
    </message>
    <message>
      <source>not a ReportLens library (%1)</source>
      <translation>不是 ReportLens 报告库(%1)</translation>
    </message>
    <message>
      <source>database error</source>
      <translation>数据库错误</translation>
    </message>
    <message>
      <source>no observation with id %1</source>
      <translation>没有 id 为 %1 的数字</translation>
    </message>
    <message>
      <source>the report has no content hash</source>
      <translation>报告缺少内容哈希</translation>
    </message>
    <message>
      <source>report %1 has no stored text</source>
      <translation>报告 %1 没有保存正文</translation>
    </message>
  </context>
  <context>
    <name>rl::ReportTextView</name>
    <message>
      <source>Extracted value: %1</source>
      <translation>提取值:%1</translation>
    </message>
  </context>
  <context>
    <name>rl::SectionTreeModel</name>
    <message>
      <source>Section</source>
      <translation>章节</translation>
    </message>
  </context>
  <context>
    <name>rl::TextDecoder</name>
    <message>
      <source>unsupported encoding %1</source>
      <translation>不支持的编码 %1</translation>
    </message>
    <message>
      <source>the text does not decode as %1</source>
      <translation>文本无法按 %1 解码</translation>
    </message>
    <message>
      <source>not a text file: it starts with a %1 byte-order mark but does not decode as %1</source>
      <translation>不是文本文件:以 %1 字节顺序标记开头,但无法按 %1 解码</translation>
    </message>
    <message>
      <source>not a text file: %1</source>
      <translation>不是文本文件:%1</translation>
    </message>
  </context>
  <context>
    <name>rl::XlsxComparisonWriter</name>
    <message>
      <source>cannot write the XLSX file: %1</source>
      <translation>无法写入 XLSX 文件:%1</translation>
    </message>
    <message>
      <source>cannot create the XLSX workbook</source>
      <translation>无法创建 XLSX 工作簿</translation>
    </message>
  </context>
  <context>
    <name>rl::ZipArchive</name>
    <message>
      <source>%1 is encrypted</source>
      <translation>%1 已加密</translation>
    </message>
    <message>
      <source>cannot open %1 (damaged entry)</source>
      <translation>无法打开 %1(条目已损坏)</translation>
    </message>
    <message>
      <source>%1 uses an unsupported compression method (%2)</source>
      <translation>%1 使用了不支持的压缩方式(%2)</translation>
    </message>
    <message>
      <source>cannot start inflating %1</source>
      <translation>无法开始解压 %1</translation>
    </message>
    <message>
      <source>%1 is damaged (read error %2)</source>
      <translation>%1 已损坏(读取错误 %2)</translation>
    </message>
    <message>
      <source>%1 is damaged (inflate error %2)</source>
      <translation>%1 已损坏(解压错误 %2)</translation>
    </message>
    <message>
      <source>%1 is truncated</source>
      <translation>%1 不完整</translation>
    </message>
    <message>
      <source>%1 is damaged (checksum mismatch)</source>
      <translation>%1 已损坏(校验和不符)</translation>
    </message>
    <message>
      <source>%1 would inflate to %2; the limit is %3</source>
      <translation>%1 解压后将达 %2;上限为 %3</translation>
    </message>
    <message>
      <source>%1 inflates past %2</source>
      <translation>%1 解压后超过 %2</translation>
    </message>
    <message>
      <source>%1 inflates to more than the %2 its header declares (a damaged file, or a zip bomb)</source>
      <translation>%1 解压后超过文件头声明的 %2(文件损坏或 zip 炸弹)</translation>
    </message>
  </context>
</TS>
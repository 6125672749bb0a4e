<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>BasicPage</name>
    <message>
        <location filename="../../desktop/ui/form/basic_page.py" line="17"/>
        <source>基本情報</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/basic_page.py" line="18"/>
        <source>表題と宛先</source>
        <translation>Title and addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/basic_page.py" line="21"/>
        <source>例: 下関市議会議長</source>
        <translation>e.g. 下関市議会議長 (council chair)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/basic_page.py" line="27"/>
        <location filename="../../desktop/ui/form/basic_page.py" line="34"/>
        <source>表題</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/basic_page.py" line="28"/>
        <location filename="../../desktop/ui/form/basic_page.py" line="35"/>
        <source>宛先</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/basic_page.py" line="29"/>
        <location filename="../../desktop/ui/form/basic_page.py" line="36"/>
        <source>敬称</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/basic_page.py" line="30"/>
        <location filename="../../desktop/ui/form/basic_page.py" line="37"/>
        <source>提出日</source>
        <translation>Submitted on</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="34"/>
        <source>上の一覧でブロックを選ぶと、ここで編集できます。</source>
        <translation>Select a block in the list above to edit it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="38"/>
        <source>上のボタンで段落・小見出し（１））・項目（①）・写真を追加します。字下げで前の小見出しや項目の中に入れ、字上げで外に出します。</source>
        <translation>Use the buttons above to add paragraphs, sub-headings (１）), items (①) and photos. Indent moves a block into the sub-heading or item before it; outdent moves it out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="42"/>
        <source>段落</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="43"/>
        <source>段落（1行が1段落）</source>
        <translation>Paragraph (one line per paragraph)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="46"/>
        <location filename="../../desktop/ui/form/block_editor.py" line="47"/>
        <source>小見出し</source>
        <translation>Sub-heading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="51"/>
        <source>例: 【国内初】（省略可）</source>
        <translation>e.g. 【国内初】 (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="52"/>
        <location filename="../../desktop/ui/form/block_editor.py" line="54"/>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="53"/>
        <source>項目の注記</source>
        <translation>Item note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="54"/>
        <source>注記</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="65"/>
        <source>写真の説明</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="66"/>
        <source>写真の幅</source>
        <translation>Photo width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="68"/>
        <source>画像を差し替え...</source>
        <translation>Replace image...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="70"/>
        <source>写真</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="71"/>
        <source>説明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="71"/>
        <source>幅</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_editor.py" line="126"/>
        <source>（画像なし）</source>
        <translation>(no image)</translation>
    </message>
</context>
<context>
    <name>BlockTree</name>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="42"/>
        <source>段落</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="43"/>
        <source>小見出し</source>
        <translation>Sub-heading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="44"/>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="44"/>
        <source>写真</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="110"/>
        <source>＋段落</source>
        <translation>+ Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="110"/>
        <source>＋小見出し</source>
        <translation>+ Sub-heading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="111"/>
        <source>＋項目</source>
        <translation>+ Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="111"/>
        <source>＋写真...</source>
        <translation>+ Photo...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="116"/>
        <source>１）２）…と番号が付く見出し</source>
        <translation>A heading numbered １）, ２）, …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="117"/>
        <source>①②…と番号が付く項目（小見出しの中にも置けます）</source>
        <translation>An item numbered ①, ②, … (may also sit inside a sub-heading)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="120"/>
        <location filename="../../desktop/ui/form/block_tree.py" line="374"/>
        <source>字下げ</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="121"/>
        <location filename="../../desktop/ui/form/block_tree.py" line="384"/>
        <source>字上げ</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="122"/>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="123"/>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="124"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="125"/>
        <source>前の小見出し・項目の中に入れる (Ctrl+→)</source>
        <translation>Move into the sub-heading or item above (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="126"/>
        <source>親の小見出し・項目の外に出す (Ctrl+←)</source>
        <translation>Move out of its sub-heading or item (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="127"/>
        <source>上へ移動 (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="128"/>
        <source>下へ移動 (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="225"/>
        <source>（用務の一覧にない項目）</source>
        <translation>(topic not in the topic list)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="228"/>
        <source>（小見出し）</source>
        <translation>(sub-heading)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="230"/>
        <source>（項目）</source>
        <translation>(item)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="232"/>
        <source>［写真］</source>
        <translation>[Photo] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="232"/>
        <source>説明なし</source>
        <translation>no caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="233"/>
        <source>（空の段落）</source>
        <translation>(empty paragraph)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="315"/>
        <source>先に「扱う用務」にチェックを入れてください。
(Check a topic this visit covers first.)</source>
        <translation>Check a topic this visit covers first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="328"/>
        <source>追加: </source>
        <translation>Add: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="345"/>
        <source>画像を読み込めません: </source>
        <translation>Cannot read the image: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="354"/>
        <source>写真の差し替え</source>
        <translation>Replace photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="395"/>
        <source>ブロックの移動</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/block_tree.py" line="404"/>
        <source>削除: </source>
        <translation>Remove: </translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/ui/controller.py" line="87"/>
        <source>無題</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controller.py" line="293"/>
        <source>取り込みました: {0} (問題 {1} 件)</source>
        <translation>Imported: {0} ({1} problem(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controller.py" line="430"/>
        <source>プリセットを保存しました: {0}</source>
        <translation>Presets saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controller.py" line="479"/>
        <source>プリセットを書き出しました: {0}</source>
        <translation>Presets exported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controller.py" line="530"/>
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="306"/>
        <source>例: 2024/11/20、R6.11.20</source>
        <translation>e.g. 2024/11/20, R6.11.20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="307"/>
        <source>2024/11/20、20241120、R6.11.20、令和6年11月20日 などと入力できます</source>
        <translation>Type e.g. 2024/11/20, 20241120, R6.11.20 or 令和6年11月20日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="311"/>
        <source>暦</source>
        <translation>Cal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="312"/>
        <source>カレンダーから選ぶ (Alt+↓)</source>
        <translation>Pick from a calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="313"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="314"/>
        <source>クリア</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="366"/>
        <source>{0}年より後の日付は和暦にできません（日付の誤りではありませんか）</source>
        <translation>Dates after {0} are not written in the Japanese calendar (a typing error?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/fields.py" line="369"/>
        <source>明治より前の日付は和暦にできません</source>
        <translation>Dates before Meiji have no Japanese era</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <location filename="../../desktop/ui/filekinds.py" line="16"/>
        <source>これは Word 文書 (DOCX) で、出張報告書の下書き (.shutcho) ではありません。書き出した報告書を直すときは、書き出す前に保存した下書きを開いてください。</source>
        <translation>This is a Word document (DOCX), not a report draft (.shutcho). To change an exported report, open the draft you saved before exporting it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filekinds.py" line="19"/>
        <source>これは PDF で、出張報告書の下書き (.shutcho) ではありません。過去の報告書の PDF は「ファイル → 取り込み」で下書きにできます。</source>
        <translation>This is a PDF, not a report draft (.shutcho). A past report as PDF becomes a draft through File → Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filekinds.py" line="22"/>
        <source>これは Office 文書か ZIP ファイルで、出張報告書の下書き (.shutcho) ではありません。</source>
        <translation>This is an Office document or a ZIP file, not a report draft (.shutcho).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filekinds.py" line="24"/>
        <source>これはテキストファイルで、出張報告書の下書き (.shutcho) ではありません。報告書の本文なら「ファイル → 取り込み」で下書きにできます。</source>
        <translation>This is a text file, not a report draft (.shutcho). A past report as text becomes a draft through File → Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filekinds.py" line="27"/>
        <source>これは画像ファイルです。写真は出張先のページの「写真」で追加してください。</source>
        <translation>This is an image. Add photos with “Photo” on a destination&apos;s page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filekinds.py" line="29"/>
        <source>このファイルは出張報告書の下書き (.shutcho) ではありません。「ファイル → 開く」では、このエディタで保存した .shutcho ファイルを選んでください。</source>
        <translation>This file is not a report draft (.shutcho). With File → Open, choose a .shutcho file saved by this editor.</translation>
    </message>
</context>
<context>
    <name>HostsEditor</name>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="18"/>
        <source>団体名（例: 金沢市、金沢市議会）</source>
        <translation>Organisation (e.g. 金沢市, 金沢市議会)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="19"/>
        <source>出席団体</source>
        <translation>host organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="22"/>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="23"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="24"/>
        <source>役職</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="25"/>
        <source>備考</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="26"/>
        <source>同じ行</source>
        <translation>Same line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="27"/>
        <source>出席者</source>
        <translation>attendee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="29"/>
        <source>前の人と同じ行に「、」でつなげて書く</source>
        <translation>Print on the previous person&apos;s line, joined with 「、」</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="33"/>
        <source>同じ所属が同じ行で続くと「同局」「同部」のように出力されます。</source>
        <translation>A department repeated on the same line is printed as 「同局」, 「同部」 and so on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="52"/>
        <source>出席者（上で団体を選んでください）</source>
        <translation>Attendees (select an organisation above)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="56"/>
        <source>「%s」の出席者</source>
        <translation>Attendees of 「%s」</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/hosts.py" line="56"/>
        <source>（名称未入力）</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../desktop/ui/form/intro_page.py" line="13"/>
        <location filename="../../desktop/ui/form/intro_page.py" line="18"/>
        <source>はじめに</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/intro_page.py" line="14"/>
        <source>はじめに（本文の最初の段落）</source>
        <translation>Introduction (the first paragraphs of the body)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/intro_page.py" line="17"/>
        <source>1行が1段落になります。段落の先頭の字下げは自動で付きます。</source>
        <translation>Each line becomes a paragraph; the first-line indent is added automatically.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="296"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="297"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="298"/>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="299"/>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="300"/>
        <source>上へ移動 (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="301"/>
        <source>下へ移動 (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="302"/>
        <source>削除 (Delete)</source>
        <translation>Delete (Delete key)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="342"/>
        <source>追加: </source>
        <translation>Add: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="367"/>
        <source>削除: </source>
        <translation>Remove: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="379"/>
        <source>並べ替え: </source>
        <translation>Reorder: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/lists.py" line="483"/>
        <source>編集: </source>
        <translation>Edit: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>新規作成(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>前回の報告書から新規作成(&amp;L)...</source>
        <translation>New from &amp;last report...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>開く(&amp;O)...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>取り込み(&amp;I)...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>最近使ったファイル(&amp;R)</source>
        <translation>&amp;Recent Files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>上書き保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>名前を付けて保存(&amp;A)...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173"/>
        <source>DOCX 出力(&amp;D)...</source>
        <translation>Export &amp;DOCX...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>PDF 出力(&amp;F)...</source>
        <translation>Export PD&amp;F...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>印刷プレビュー(&amp;V)...</source>
        <translation>Print Pre&amp;view...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>印刷(&amp;P)...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>やり直し</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>問題点パネル</source>
        <translation>Problems Panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>プレビューを更新</source>
        <translation>Refresh Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>プレビューの倍率</source>
        <translation>Preview zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>ページ幅</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>ページ全体</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>前のページ</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>次のページ</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>言語 (Language)</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>見本の報告書を開く(&amp;E)</source>
        <translation>Open the &amp;example report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>設定(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>プリセットの内容...</source>
        <translation>&amp;Presets...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>この報告書の宛先・委員会・委員・職員をプリセットに登録</source>
        <translation>Save this report&apos;s addressee, committee, members and staff as presets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>プリセットを読み込む(&amp;I)...</source>
        <translation>&amp;Import presets...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>プリセットを書き出す(&amp;X)...</source>
        <translation>E&amp;xport presets...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>プリセットの場所（共有フォルダー）...</source>
        <translation>Presets location (shared folder)...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>(なし)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>履歴を消去</source>
        <translation>Clear History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287"/>
        <source>表示の言語は、エディタを閉じて起動し直すと切り替わります。
The interface language changes when you close and start the editor again.</source>
        <translation>The interface language changes when you close and start the editor again.
表示の言語は、エディタを閉じて起動し直すと切り替わります。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="359"/>
        <source>出張報告書の下書き (*.shutcho);;報告書 JSON (*.json);;このアプリで書き出した Word 文書 (*.docx);;すべてのファイル (*)</source>
        <translation>Report drafts (*.shutcho);;Report JSON (*.json);;Word documents exported by this app (*.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="504"/>
        <source>取り込み</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="505"/>
        <source>過去の報告書 (*.docx *.pdf *.txt);;すべてのファイル (*)</source>
        <translation>Past reports (*.docx *.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="512"/>
        <source>「{0}」は書き出した後に Word で編集されています。</source>
        <translation>&quot;{0}&quot; was edited in Word after it was exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>書き出した時の下書きを開くか、編集後の文書を取り込むかを選んでください。</source>
        <translation>Open the draft as it was exported, or import the edited document.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>「書き出した時の下書き」では、Word で変更された段落は今の文になり、削除された段落の文はなくなります (DOCX を小さく保つため、変更前の文は保存していません)。「編集後の文書を取り込む」は、文書全体を報告書として読み直します。</source>
        <translation>With “Draft as exported”, paragraphs changed in Word come with their text as it is now, and the text of deleted paragraphs is gone (to keep the DOCX small, the text before the change is not stored). “Import the edited document” reads the whole document again as a report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <source>書き出した時の下書き</source>
        <translation>Draft as exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="517"/>
        <source>編集後の文書を取り込む</source>
        <translation>Import the edited document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>名前を付けて保存</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>DOCX 出力</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>PDF 出力</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="368"/>
        <source>出張報告書の下書き (*.shutcho)</source>
        <translation>Report drafts (*.shutcho)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="369"/>
        <source>Word 文書 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="369"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="377"/>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <location filename="../../desktop/ui/main_window.py" line="400"/>
        <location filename="../../desktop/ui/main_window.py" line="411"/>
        <location filename="../../desktop/ui/main_window.py" line="483"/>
        <location filename="../../desktop/ui/main_window.py" line="511"/>
        <source>出張報告書エディタ</source>
        <translation>Trip Report Editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="378"/>
        <source>「{0}」は変更されています。保存しますか？</source>
        <translation>“{0}” has been changed. Save it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="380"/>
        <source>保存しないと変更は失われます。</source>
        <translation>Your changes are lost if you don&apos;t save them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="384"/>
        <source>保存する</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="385"/>
        <source>保存しない</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="408"/>
        <source>無題</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="412"/>
        <source>前回、保存されずに終了した「{0}」の内容が残っています ({1} 時点)。
復元しますか？ 復元しない場合、この内容は削除されます。</source>
        <translation>“{0}” was not saved when the editor last ended; its text was kept ({1}).
Restore it? If not, the kept text is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="461"/>
        <source>プリセット (*.json);;すべてのファイル (*)</source>
        <translation>Presets (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
        <source>プリセットを書き出す</source>
        <translation>Export presets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="466"/>
        <source>プリセットを読み込む</source>
        <translation>Import presets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="473"/>
        <source>プリセットの場所</source>
        <translation>Presets location</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <source>ほか {0} 件</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="484"/>
        <source>報告書に誤りが {0} 件あります。</source>
        <translation>The report has {0} error(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="486"/>
        <source>戻って直す</source>
        <translation>Go back and fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="487"/>
        <source>このまま書き出す</source>
        <translation>Export anyway</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="147"/>
        <source>プレビューを準備しています…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="251"/>
        <source>プレビューを作れません: {0}</source>
        <translation>Cannot draw the preview: {0}</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../desktop/ui/presets_dialog.py" line="24"/>
        <source>プリセットの内容</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presets_dialog.py" line="31"/>
        <source>選んだ委員会をプリセットから削除</source>
        <translation>Remove the selected committee from the presets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presets_dialog.py" line="35"/>
        <source>委員会（委員の人数）</source>
        <translation>Committees (number of members)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presets_dialog.py" line="43"/>
        <source>ファイル: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presets_dialog.py" line="46"/>
        <source>プリセットはまだありません。報告書の職氏名を入力して「設定 → この報告書の…をプリセットに登録」で作れます。</source>
        <translation>There are no presets yet. Fill in Members in a report, then use Settings → Save this report&apos;s … as presets.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presets_dialog.py" line="50"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presets_dialog.py" line="51"/>
        <source>宛先: {0} {1}
事務局: {2}
随行職員: {3}</source>
        <translation>Addressee: {0} {1}
Secretariat: {2}
Staff: {3}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../desktop/ui/problems.py" line="40"/>
        <source>問題点</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="84"/>
        <source>問題は見つかりません</source>
        <translation>No problems found</translation>
    </message>
</context>
<context>
    <name>QAEditor</name>
    <message>
        <location filename="../../desktop/ui/form/qa.py" line="25"/>
        <location filename="../../desktop/ui/form/qa.py" line="37"/>
        <source>質問</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/qa.py" line="26"/>
        <source>（質問未入力）</source>
        <translation>(no question yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/qa.py" line="27"/>
        <source>質疑応答</source>
        <translation>Q&amp;A pair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/qa.py" line="32"/>
        <source>質問 Ｑ</source>
        <translation>Question (Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/qa.py" line="33"/>
        <source>回答 Ａ</source>
        <translation>Answer (A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/qa.py" line="38"/>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../desktop/ui/form/commands.py" line="25"/>
        <location filename="../../desktop/ui/form/fields.py" line="128"/>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/commands.py" line="74"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/commands.py" line="90"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/commands.py" line="107"/>
        <source>並べ替え</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/commands.py" line="126"/>
        <source>階層の変更</source>
        <translation>Change level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/commands.py" line="155"/>
        <source>用務を追加: </source>
        <translation>Cover topic: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/commands.py" line="158"/>
        <source>用務を外す: </source>
        <translation>Stop covering topic: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="103"/>
        <source>基本情報</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="103"/>
        <source>職氏名</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="104"/>
        <source>用務・期間・出張先</source>
        <translation>Purpose, dates, places</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="104"/>
        <source>はじめに</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="105"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="166"/>
        <location filename="../../desktop/ui/form/report_form.py" line="172"/>
        <source>出張報告書エディタ</source>
        <translation>Trip Report Editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="174"/>
        <source>削除する</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="175"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="183"/>
        <source>写真を選ぶ</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="184"/>
        <source>画像 (*.jpg *.jpeg *.png);;すべてのファイル (*)</source>
        <translation>Images (*.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/report_form.py" line="272"/>
        <source>（出張先）</source>
        <translation>(destination)</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="20"/>
        <source>職氏名</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="21"/>
        <source>委員会</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="23"/>
        <source>例: 総務委員会</source>
        <translation>e.g. 総務委員会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="24"/>
        <location filename="../../desktop/ui/form/roster_page.py" line="32"/>
        <source>委員会名</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="26"/>
        <source>プリセットの委員会を選ぶと、委員会名と委員（と職員）が入ります</source>
        <translation>Choosing a preset committee fills in its name and members (and staff)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="34"/>
        <source>役職</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="36"/>
        <location filename="../../desktop/ui/form/roster_page.py" line="50"/>
        <source>姓</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="37"/>
        <location filename="../../desktop/ui/form/roster_page.py" line="51"/>
        <source>名</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="38"/>
        <source>委員</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="39"/>
        <source>委員（役職は一覧から選ぶか入力）</source>
        <translation>Members (pick a role from the list or type one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="43"/>
        <source>事務局</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="45"/>
        <location filename="../../desktop/ui/form/roster_page.py" line="46"/>
        <source>事務局名</source>
        <translation>Secretariat name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="48"/>
        <source>職名</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="52"/>
        <source>職員</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="53"/>
        <source>随行職員</source>
        <translation>Accompanying staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="66"/>
        <source>プリセットから選ぶ</source>
        <translation>From presets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/roster_page.py" line="87"/>
        <source>プリセットの委員会: {0}</source>
        <translation>Preset committee: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="16"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="17"/>
        <source>出力の設定</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="18"/>
        <source>ページ番号を付ける</source>
        <translation>Number the pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="21"/>
        <source>DOCX 出力で使う明朝体</source>
        <translation>The Mincho font used in DOCX output</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="23"/>
        <source>空欄なら委員会名</source>
        <translation>The committee name if empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="24"/>
        <location filename="../../desktop/ui/form/settings_page.py" line="28"/>
        <source>ページ番号</source>
        <translation>Page numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="25"/>
        <source>DOCX のフォント</source>
        <translation>DOCX font</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="26"/>
        <location filename="../../desktop/ui/form/settings_page.py" line="30"/>
        <source>作成者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/settings_page.py" line="29"/>
        <source>フォント</source>
        <translation>Font</translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="18"/>
        <source>用務・期間・出張先</source>
        <translation>Purpose, dates, places</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="19"/>
        <location filename="../../desktop/ui/form/trip_page.py" line="27"/>
        <source>用務</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="21"/>
        <source>例: 所管事項調査</source>
        <translation>e.g. 所管事項調査</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="23"/>
        <location filename="../../desktop/ui/form/trip_page.py" line="25"/>
        <source>用務の区分</source>
        <translation>Kind of trip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="26"/>
        <source>調査項目</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="28"/>
        <source>調査項目（並べ替えると番号も変わります）</source>
        <translation>Topics (reordering renumbers them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="32"/>
        <source>期間</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="35"/>
        <location filename="../../desktop/ui/form/trip_page.py" line="37"/>
        <source>出発日</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="36"/>
        <location filename="../../desktop/ui/form/trip_page.py" line="38"/>
        <source>帰着日</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="40"/>
        <location filename="../../desktop/ui/form/trip_page.py" line="45"/>
        <source>出張先</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="42"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="44"/>
        <source>市区町村</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="47"/>
        <source>出張先ごとの視察内容は左の一覧の各出張先のページで入力します。</source>
        <translation>Enter what was seen at each destination on its own page in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="68"/>
        <source>用務「{0}」を削除すると、{1}での「{0}」の節（ブロック {2} 個）も削除されます。削除しますか？</source>
        <translation>Deleting the topic “{0}” also deletes its section at {1} ({2} block(s)). Delete?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="69"/>
        <source>（無題）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="73"/>
        <source>削除: 用務</source>
        <translation>Delete: topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="85"/>
        <source>紹介文・調査概要</source>
        <translation>the description and overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="87"/>
        <source>出席者 {0} 団体</source>
        <translation>{0} host organisation(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="89"/>
        <source>用務の節 {0} 個</source>
        <translation>{0} topic section(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="92"/>
        <source>写真 {0} 枚</source>
        <translation>{0} photo(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="94"/>
        <source>質疑応答 {0} 件</source>
        <translation>{0} question(s) and answer(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/trip_page.py" line="97"/>
        <source>出張先「{0}」を削除すると、{1}も削除されます。削除しますか？</source>
        <translation>Deleting the destination “{0}” also deletes {1}. Delete?</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="25"/>
        <source>この出張先で扱う用務</source>
        <translation>Topics covered here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="27"/>
        <source>「用務・期間・出張先」のページで用務を入力してください。</source>
        <translation>Enter the topics on the “Purpose, dates, places” page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="30"/>
        <source>出張先の概要</source>
        <translation>About the destination</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="32"/>
        <source>例: 約４５万１千人</source>
        <translation>e.g. 約４５万１千人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="34"/>
        <source>例: 約４６９㎢</source>
        <translation>e.g. 約４６９㎢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="37"/>
        <location filename="../../desktop/ui/form/visit_page.py" line="44"/>
        <source>視察日</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="38"/>
        <location filename="../../desktop/ui/form/visit_page.py" line="41"/>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="39"/>
        <location filename="../../desktop/ui/form/visit_page.py" line="42"/>
        <source>面積</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="40"/>
        <source>紹介</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="43"/>
        <source>出張先の紹介</source>
        <translation>destination description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="46"/>
        <source>出席者等</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="50"/>
        <location filename="../../desktop/ui/form/visit_page.py" line="53"/>
        <source>調査概要</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="55"/>
        <source>用務ごとの内容</source>
        <translation>Content by topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="59"/>
        <source>主な質疑応答</source>
        <translation>Main questions and answers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="71"/>
        <source>（出張先）</source>
        <translation>(destination)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="81"/>
        <source>（未入力）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form/visit_page.py" line="126"/>
        <source>チェックを外すと、この用務の内容（%d 件）も外れます。「元に戻す」で戻せます。</source>
        <translation>Unchecking removes this topic&apos;s content (%d blocks) too; Undo brings it back.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/ui/controller.py" line="74" />
        <source>無題</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controller.py" line="248" />
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118" />
        <source>新規作成(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>見本から新規作成(&amp;E)</source>
        <translation>New from the &amp;Example</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>開く(&amp;O)...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121" />
        <source>最近使ったファイル(&amp;R)</source>
        <translation>&amp;Recent Files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124" />
        <source>上書き保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125" />
        <source>名前を付けて保存(&amp;A)...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127" />
        <source>DOCX 出力(&amp;D)...</source>
        <translation>Export &amp;DOCX...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128" />
        <source>PDF 出力(&amp;F)...</source>
        <translation>Export PD&amp;F...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130" />
        <source>印刷プレビュー(&amp;V)...</source>
        <translation>Print Pre&amp;view...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131" />
        <source>印刷(&amp;P)...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133" />
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140" />
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142" />
        <source>やり直し</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148" />
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151" />
        <source>問題点パネル</source>
        <translation>Problems Panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>プレビューを更新</source>
        <translation>Refresh Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>言語 (Language)</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174" />
        <source>(なし)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178" />
        <source>履歴を消去</source>
        <translation>Clear History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182" />
        <source>言語の設定は次回の起動から反映されます (the language applies from the next start)</source>
        <translation>The language applies from the next start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238" />
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239" />
        <source>出張報告書の下書き (*.shutcho);;報告書 JSON (*.json);;すべてのファイル (*)</source>
        <translation>Report drafts (*.shutcho);;Report JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243" />
        <source>名前を付けて保存</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243" />
        <source>DOCX 出力</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244" />
        <source>PDF 出力</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245" />
        <source>出張報告書の下書き (*.shutcho)</source>
        <translation>Report drafts (*.shutcho)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>Word 文書 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252" />
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <location filename="../../desktop/ui/main_window.py" line="276" />
        <source>出張報告書エディタ</source>
        <translation>Trip Report Editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253" />
        <source>「{0}」は変更されています。保存しますか？</source>
        <translation>“{0}” has been changed. Save it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255" />
        <source>保存しないと変更は失われます。</source>
        <translation>Your changes are lost if you don't save them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>保存する</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>保存しない</source>
        <translation>Don't Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261" />
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273" />
        <source>無題</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277" />
        <source>前回、保存されずに終了した「{0}」の内容が残っています ({1} 時点)。
復元しますか？ 復元しない場合、この内容は削除されます。</source>
        <translation>“{0}” was not saved when the editor last ended; its text was kept ({1}).
Restore it? If not, the kept text is deleted.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="199" />
        <source>プレビューを作れません: {0}</source>
        <translation>Cannot draw the preview: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../desktop/ui/problems.py" line="31" />
        <source>問題点</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="58" />
        <source>問題は見つかりません</source>
        <translation>No problems found</translation>
    </message>
</context>
<context>
    <name>self.preview</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="126" />
        <source>プレビューを準備しています…</source>
        <translation>Preparing the preview…</translation>
    </message>
</context>
</TS>
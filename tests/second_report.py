"""A second past report, of another council: what ``tests/kohoku-2019-kensetsu.txt`` says, as a draft.

The text file is a printed report in the official form, written for these tests: it was
printed once from ``second_report()`` by a throwaway script with its own wrapping (39
characters a line with hanging 、。 as Word prints, one blank line between lines as
pdftotext gives, leading spaces as uneven as in the reference, names spread with the
family/given gap showing only for short names), not by the app's builder or renderer,
and committed as it came out. It differs
from the reference where a parser tuned to one file would stumble: three
destinations, 元年 dates, sixteen items, a one-character and a three-character
family name, 同部 and 同課, a host person without a department, a visit without
Q&A, a visit of two topics and two visits of one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.model.report import (
    QA,
    Attendee,
    Destination,
    Host,
    Item,
    Member,
    Paragraph,
    PersonName,
    Profile,
    Report,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)

TEXT = Path(__file__).resolve().parent / "kohoku-2019-kensetsu.txt"


def second_report() -> Report:
    t1 = Topic("公共施設の長寿命化計画について", "t1")
    t2 = Topic("自動運転バスの実証運行について", "t2")
    t3 = Topic("流域治水の取組について", "t3")
    t4 = Topic("空き家対策について", "t4")
    toyota = Destination("愛知県", "豊田市", Visit(
        profile=Profile("約４２万６千人", "約９１８㎢"),
        description="愛知県のほぼ中央に位置し、自動車産業を中心としたものづくりのまちとして発展してきた。"
                    "平成１７年に周辺６町村と合併し、県内で最も広い市域を持つ。",
        hosts=[Host("豊田市", [Attendee("都市整備部", "近藤", "部長"),
                              Attendee("都市整備部", "石田", "課長", joined=True),
                              Attendee("公共建築課", "森", "副主幹", "（説明）")]),
               Host("豊田市議会", [Attendee("", "杉浦", "議長"),
                                  Attendee("議会事務局", "青木", "次長", joined=True)])],
        overview="豊田市役所の会議室において、杉浦議長から歓迎の挨拶をいただき、"
                 "佐々木委員長の答礼後、担当課から説明を受け、質疑応答を行った。",
        sections=[
            TopicSection("t1", [
                Subheading("計画の概要", [
                    Paragraph("市が保有する公共施設は約１，２００施設あり、その多くが昭和５０年代に建設され、"
                              "一斉に更新時期を迎えつつある。"),
                    Paragraph("令和元年度に計画を改定し、施設ごとの劣化度を点数化して、"
                              "優先順位を付けて改修を行っている。"),
                ]),
                Subheading("主な取組", [
                    Item("劣化度調査の外部委託", "", [
                        Paragraph("建築士会と協定を結び、毎年約２００施設を調査している。")]),
                    Item("施設カルテの公開", "【県内初】", [
                        Paragraph("施設ごとの修繕履歴と今後の費用見込みをホームページで公開している。")]),
                    Item("学校施設の複合化", "", [
                        Paragraph("小学校の改築に合わせ、公民館と児童クラブを同じ建物に入れた。"),
                        Paragraph("地域の利用が増え、維持管理費は三つの施設の合計より約２割少ない。")]),
                    Item("省エネルギー改修", "【全国初】", []),
                ]),
            ]),
            TopicSection("t2", [
                Subheading("実証運行の経緯", [
                    Paragraph("中山間地域では路線バスの減便が続き、高齢者の移動手段の確保が課題となっていた。"
                              "このため、平成３０年度から国の補助を受けて自動運転バスの実証運行を行っている。"),
                ]),
                Subheading("運行の内容", [
                    Item("運行区間と便数", "", [
                        Paragraph("足助地区の約５キロメートルを、１日６便運行している。")]),
                    Item("安全対策", "", [
                        Paragraph("運転席には必ず運転手が乗り、緊急時には手動に切り替える。")]),
                    Item("利用者の声", "", []),
                ]),
            ]),
        ],
        qa=[QA("実証運行の費用はどのくらいか。", "令和元年度は約３，０００万円で、その大半は国の補助である。"),
            QA("施設カルテの更新は誰が行うのか。",
               "各施設の所管課が入力し、公共建築課が年に一度取りまとめている。\n"
               "入力の手間を減らすため、来年度からは調査結果を自動で取り込む予定である。"),
            QA("複合化に対する地域の反対はなかったか。", "説明会を３回開き、反対の意見はなかった。")],
    ))
    gifu = Destination("岐阜県", "岐阜市", Visit(
        profile=Profile("約４０万３千人", "約２０３㎢"),
        description="長良川の清流と金華山に抱かれた城下町で、鵜飼で知られる。",
        hosts=[Host("岐阜市", [Attendee("基盤整備部", "長谷川", "次長"),
                              Attendee("基盤整備部", "川島", "主査", joined=True),
                              Attendee("河川課", "今井", "課長"),
                              Attendee("河川課", "太田", "主任", joined=True)])],
        overview="岐阜市役所において、担当部局から流域治水の取組について説明を受け、質疑応答を行った。",
        sections=[TopicSection("t3", [
            Subheading("流域治水の考え方", [
                Paragraph("河川の整備だけでは防ぎきれない大雨に備え、流域のあらゆる関係者が協働して"
                          "水害を軽減する取組である。"),
            ]),
            Subheading("主な事業", [
                Item("雨水貯留施設の整備", "", [Paragraph("公園や学校の地下に貯留槽を設けている。")]),
                Item("田んぼダムの推進", "【県内初】", [
                    Paragraph("水田の排水口に調整板を付け、雨水を一時的にためる。")]),
                Item("各戸貯留タンクへの補助", "", []),
                Item("ハザードマップの改定", "", [
                    Paragraph("想定最大規模の降雨に合わせて改定し、全戸に配布した。")]),
                Item("防災アプリの配信", "", []),
            ]),
        ])],
        qa=[QA("田んぼダムの協力農家は何戸か。", "約１２０戸で、面積は約８０ヘクタールである。")],
    ))
    yokkaichi = Destination("三重県", "四日市市", Visit(
        profile=Profile("約３１万１千人", "約２０７㎢"),
        description="伊勢湾に面した工業都市で、コンビナートの夜景でも知られる。",
        hosts=[Host("四日市市", [Attendee("都市整備部", "中村", "課長補佐")])],
        overview="四日市市役所において、空き家対策の取組について説明を受けた。",
        sections=[TopicSection("t4", [
            Paragraph("市内の空き家は約１万７千戸と推計され、管理が不十分なものが増えている。"),
            Subheading("主な施策", [
                Item("空き家バンク", "", [Paragraph("令和元年度末までに８５件の成約があった。")]),
                Item("解体費の補助", "", []),
                Item("相続登記の相談会", "", [Paragraph("司法書士会と共催で年４回開いている。")]),
            ]),
        ])],
        qa=[],
    ))
    return Report(
        title="出張報告書",
        addressee="港北市議会議長",
        honorific="様",
        submitted=date(2019, 11, 11),
        committee="建設消防委員会",
        members=[Member("委員長", PersonName("佐々木", "健")),
                 Member("副委員長", PersonName("森", "和也")),
                 Member("委員", PersonName("田中", "洋子")),
                 Member("委員", PersonName("鈴木", "一郎")),
                 Member("委員", PersonName("高橋", "誠")),
                 Member("委員", PersonName("渡辺", "美穂")),
                 Member("委員", PersonName("伊藤", "大輔")),
                 Member("委員", PersonName("小林", "恵")),],
        secretariat="議会事務局",
        staff=[Staff("議事調査課長", PersonName("松本", "浩二")),
               Staff("議事調査課主事", PersonName("井上", "彩"))],
        purpose="所管事項調査",
        topics=[t1, t2, t3, t4],
        start=date(2019, 10, 23),
        end=date(2019, 10, 25),
        destinations=[toyota, gifu, yokkaichi],
        introduction="令和元年度建設消防委員会の調査計画に基づき、公共施設の管理、交通及び防災に関する"
                     "先進地の取組を調査するため、愛知県豊田市、岐阜県岐阜市及び三重県四日市市を視察した"
                     "ので、その概要を報告する。",
    )

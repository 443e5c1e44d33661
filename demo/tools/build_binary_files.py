"""Rebuild the binary demo files (PDF, DOCX) and the deliberately broken files.

FICTIONAL DEMO DATA - any resemblance to real persons is coincidental.

Run with the project venv:  .venv/bin/python demo/tools/build_binary_files.py
Needs pypdf and python-docx. PDFs are written by hand (Helvetica text layer) so that
pypdf extracts the text exactly.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent
DOCS = DEMO / "docs"
BROKEN = DEMO / "broken"
DISCLAIMER = "FICTIONAL DEMO DATA - any resemblance to real persons is coincidental."

JUJU_PDF = (
    "research_juju_oaths_and_debt.pdf",
    "ilmr",
    "Oaths, debts and fear: how Nigerian women are controlled on the route to Italy",
    [
        "Institute for Labour Migration Research, research report 2020/04. Authors: Dr Osaro "
        "Edokpayi and Dr Giulia Ferrante. Fieldwork in Benin City (Edo State, Nigeria), "
        "Castel Volturno, Turin and Palermo (Italy) between 2018 and 2019.",
        "We interviewed 47 Nigerian women who had been trafficked to Italy for sexual "
        "exploitation between 2014 and 2018, 12 of whom were under 18 when they left Nigeria. "
        "Most came from Benin City and surrounding local government areas in Edo State; others "
        "came from Delta State. Recruiters were usually women known to the family, often "
        "themselves former victims who had paid off their debts and become madams.",
        "The oath. 41 of the 47 women swore an oath at a shrine before leaving. Priests took "
        "hair, nails, blood or underwear and the women promised to repay the sponsor, obey the "
        "madam and never reveal the people who helped them. Women believed that breaking the "
        "oath would cause madness or death to themselves or their families. This belief was a "
        "stronger means of control than physical violence, and it made women reluctant to "
        "speak to police. In March 2018 the Oba of Benin publicly revoked such oaths, after "
        "which several women in our sample felt able to testify.",
        "The debt. Women were told they owed between 25,000 and 60,000 euros, typically about "
        "35,000 euros. The real cost of the journey was under 3,000 euros. Women repaid the "
        "debt through street prostitution, paying the madam 50 to 300 euros a day, plus rent "
        "for a bed and a fee for the roadside spot (the joint). Repayment typically took two "
        "to four years. Madams added fines for disobedience.",
        "The route. Most travelled by road from Benin City to Kano, then to Agadez in Niger and "
        "across the desert to Sabha and Tripoli in Libya, where they were held in connection "
        "houses. 30 of the women reported sexual violence in Libya. They crossed the "
        "Mediterranean by boat to Sicily or Lampedusa and were told to claim asylum, then to "
        "leave the reception centre and phone a number given to them before departure.",
        "Money flows. Earnings went to Nigeria through informal transfer systems. Since 2019, "
        "women moved on to the UK have sent money to madams in Italy in sums below 1,000 pounds.",
        "Recommendations: work with traditional and religious leaders in Edo State to revoke "
        "oaths; provide Italian residence permits to victims regardless of cooperation with "
        "prosecutions; and train banks to spot remittance patterns linked to madams.",
    ],
)

PACKHOUSE_PDF = (
    "supplier_audit_lincolnshire_packhouse.pdf",
    "brightwater-foods",
    "Supplier audit: Fenland Fresh Packhouse, Spalding, Lincolnshire (ORG ONLY)",
    [
        "Brightwater Foods plc - Ethical Trade. Audit dates 10-11 June 2024. Auditor: Kate "
        "Lawson. Restricted to Brightwater staff.",
        "Fenland Fresh packs salad, brassicas and poultry products for Brightwater. On the day "
        "of the audit 214 temporary workers were supplied by labour agencies, including 63 "
        "from EastLink Staffing Ltd. Most EastLink workers were from Lithuania and Latvia; "
        "others were Romanian and Bulgarian.",
        "Finding 1 - shared bank details. Payroll records showed that 41 EastLink workers had "
        "wages paid into just nine bank accounts. One account, sort code 20-00-00, account "
        "33445566, received the wages of 11 workers. Workers told us the agency had opened "
        "accounts for them and kept the cards.",
        "Finding 2 - shared addresses. 38 workers gave one of three addresses in Boston and "
        "Spalding, including 17 Red Lion Street, Spalding PE11 1SX, where 14 workers were "
        "registered. Workers said they paid 120 pounds a week for a mattress and 25 pounds a "
        "week for a minibus to the site.",
        "Finding 3 - deductions and wages. Payslips were not given to workers. Workers said "
        "they received 150 to 200 pounds a week in cash for 50-hour weeks, below the national "
        "minimum wage, after deductions for registration, transport, work clothes and rent.",
        "Finding 4 - threats. Three workers said the agency directors, Lukas Petraitis "
        "(mobile +44 7700 900944, e-mail lukas@eastlink-staffing.example) and Ieva "
        "Petraitiene, threatened to send them home with nothing if they complained. One "
        "worker, Darius Kazlauskas (born 3 March 1994, Lithuanian ID 39403031234), said his "
        "identity card was held by the agency.",
        "Actions: Fenland Fresh suspended EastLink Staffing on 12 June 2024 and hired the "
        "workers directly. Brightwater reported the findings to the Gangmasters and Labour "
        "Abuse Authority and shared the bank indicators with Meridian Bank. Brightwater now "
        "checks payroll data for shared bank accounts and addresses at all UK packhouses.",
    ],
)

LEICESTER_DOCX = (
    "supplier_audit_leicester_garment.docx",
    "threadline-apparel",
    "Supplier audit: Midland Stitch Ltd, Leicester, UK",
    [
        "Threadline Apparel - Responsible Sourcing. Unannounced audit, 7 July 2020. "
        "Auditor: Priyanka Shah.",
        "Context: During the COVID-19 lockdown in summer 2020, reports emerged of garment "
        "workshops in Leicester paying far below the minimum wage. Threadline's supplier "
        "Midland Stitch Ltd, Unit 12, Crown Industrial Estate, Leicester LE1 2AB, produces "
        "dresses and leggings for Threadline's online range.",
        "Finding 1 - wages. Sewing machinists, mostly women from India, Pakistan and "
        "Bangladesh, some with limited English, said they were paid 3.50 to 4.00 pounds an "
        "hour in cash, against a national minimum wage of 8.72 pounds. Records showed "
        "'official' payslips for 16 hours a week, while workers said they worked 50 to 60 "
        "hours.",
        "Finding 2 - health and safety. No social distancing, blocked fire exits and no "
        "sick pay during the pandemic. Workers were told to keep working even with symptoms.",
        "Finding 3 - threats. Workers said the owner, Mr Rakesh Patel (phone +44 7700 "
        "900473), told them they would lose their jobs if they spoke to auditors. Two workers "
        "who were in the UK on spousal visas were told they would be reported to immigration.",
        "Finding 4 - subcontracting. Part of Threadline's order had been passed to a second, "
        "unregistered workshop on Belgrave Road. Auditors were refused entry.",
        "Example: a worker, Mrs Kulwinder Kaur (born 1 January 1968, National Insurance "
        "number QQ 65 43 21 B), said she had been paid 140 pounds for a 45-hour week.",
        "Actions: Threadline stopped orders, required back payment of wages at the minimum "
        "wage for the previous 12 months (estimated 210,000 pounds for 58 workers), and "
        "referred the case to HMRC and the labour inspectorate. Orders resumed in 2021 after "
        "two clean follow-up audits and the introduction of electronic time recording.",
    ],
)

SCAM_DOCX = (
    "research_online_scam_compounds_mekong.docx",
    "ilmr",
    "Forced criminality in online scam compounds in Cambodia, Myanmar and Laos",
    [
        "Institute for Labour Migration Research, research brief 2024/02. Author: Dr Ananya "
        "Krishnan.",
        "Since 2021, criminal groups have held tens of thousands of people in compounds in "
        "Cambodia (Sihanoukville, Phnom Penh, Bavet), Myanmar (Myawaddy, Shwe Kokko and "
        "areas bordering China) and Laos (the Golden Triangle Special Economic Zone), forcing "
        "them to run online fraud. Victims come from China, Vietnam, Indonesia, Malaysia, "
        "the Philippines, Thailand, India, Sri Lanka, Kenya, Ethiopia and beyond.",
        "Recruitment: fake job adverts on Facebook, Telegram, WhatsApp and job sites offer "
        "well-paid roles in customer service, IT, marketing or translation, often in Bangkok. "
        "Recruits are usually young and educated, with language or computer skills. Flights "
        "are paid by the recruiter, which creates a debt.",
        "Control: passports and phones are confiscated; workers are told they owe 5,000 to "
        "30,000 US dollars and must meet fraud targets; failure leads to beatings, electric "
        "shocks, food deprivation or being sold to another compound. Compounds are guarded "
        "and fenced, and some workers report being confined for more than a year.",
        "Work: workers create fake profiles and run romance and investment scams, known as "
        "'pig butchering', persuading victims to deposit money on fake crypto platforms. "
        "Proceeds are moved in USDT stablecoin through many wallets.",
        "Interviews: we interviewed 63 survivors in 2023. 78 per cent were recruited online, "
        "84 per cent had passports taken, 56 per cent reported physical violence, and 12 per "
        "cent were under 18. A Vietnamese survivor, Tran Thi Mai (born 8 August 2002, phone "
        "+84 936 112 233), said she was sold three times between compounds in Cambodia for "
        "between 2,000 and 6,000 US dollars each time.",
        "Recommendations: treat people forced to commit fraud as victims; share wallet and "
        "recruiter indicators between banks, platforms and NGOs; and warn job seekers about "
        "overseas offers that pay for flights.",
    ],
)


def pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_text_pdf(path: Path, title: str, paragraphs: list[str]) -> None:
    """A minimal multi-page PDF with a real Helvetica text layer."""
    lines: list[tuple[str, int]] = [(DISCLAIMER, 9), ("", 10)]
    for t in textwrap.wrap(title, 70):
        lines.append((t, 14))
    lines.append(("", 10))
    for p in paragraphs:
        for t in textwrap.wrap(p, 95):
            lines.append((t, 10))
        lines.append(("", 10))
    pages: list[list[tuple[str, int]]] = []
    per_page = 60
    for i in range(0, len(lines), per_page):
        pages.append(lines[i:i + per_page])
    objs: list[bytes] = []
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    for i, page in enumerate(pages):
        ops = ["BT", "50 800 Td"]
        for text, size in page:
            ops.append(f"/F1 {size} Tf {size + 3} TL")
            ops.append(f"({pdf_escape(text)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_ids[i] + 1} 0 R >>"
                    .encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
                    + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info << /Title ({pdf_escape(title)}) >> >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))


def write_docx(path: Path, title: str, paragraphs: list[str]) -> None:
    import docx  # python-docx

    d = docx.Document()
    d.add_paragraph(DISCLAIMER)
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    d.core_properties.title = title
    d.save(str(path))


def build_broken() -> None:
    BROKEN.mkdir(exist_ok=True)
    rng = random.Random(20250101)
    # corrupt.pdf: a PDF header followed by truncated garbage
    (BROKEN / "corrupt.pdf").write_bytes(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Cou"
        + bytes(rng.randrange(256) for _ in range(700)))
    # encrypted.pdf: a real password-protected PDF (user password "demo-secret")
    from pypdf import PdfReader, PdfWriter

    tmp = BROKEN / "_plain.pdf"
    write_text_pdf(tmp, "Confidential: encrypted demo report",
                   ["This PDF is encrypted with a user password and cannot be read without it."])
    writer = PdfWriter()
    for page in PdfReader(str(tmp)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="demo-secret", owner_password="demo-owner", algorithm="RC4-128")
    with open(BROKEN / "encrypted.pdf", "wb") as fh:
        writer.write(fh)
    tmp.unlink()
    # empty.txt: zero bytes
    (BROKEN / "empty.txt").write_bytes(b"")
    # binary.txt: a PNG disguised as text
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
           b"\x00\x00\x00\x1f\xf3\xffa" + bytes(rng.randrange(256) for _ in range(2048)))
    (BROKEN / "binary.txt").write_bytes(png)
    # unknown.xyz: unsupported extension
    (BROKEN / "unknown.xyz").write_text(
        DISCLAIMER + "\nThis file has an extension no loader supports.\n", encoding="utf-8")
    # missing_column.csv: no 'summary' column
    (BROKEN / "missing_column.csv").write_text(
        "incident_id,date,country,city,sector,notes,reported_by\n"
        "INC-9001,2023-04-02,GB,Leeds,car_wash,Workers paid in cash,Harbour Light NGO\n"
        "INC-9002,2023-05-11,GB,Hull,agriculture,Passports held by gangmaster,Northshire Police\n",
        encoding="utf-8")
    # invalid.json: syntax error (trailing comma, missing bracket)
    (BROKEN / "invalid.json").write_text(
        '{"records": [{"flag_id": "BF-9001", "narrative": "Cash deposits",}, \n'
        '{"flag_id": "BF-9002", "narrative": "Rent for many workers"\n', encoding="utf-8")
    # bad_encoding.txt: not UTF-8, and not sensible text in any encoding. No C0 control bytes, so
    # it is refused by the decoder (no clean reading), not by the binary sniffer.
    junk = bytearray(b"FICTIONAL DEMO DATA \x81\x8d\x8f\x90\x9d ")
    for _ in range(600):
        r = rng.random()
        if r < 0.55:
            junk.append(rng.choice([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x98, 0x83, 0x88]))
        elif r < 0.8:
            junk.append(rng.randrange(0xC0, 0x100))
        elif r < 0.9:
            junk.append(0x20)
        else:
            junk.append(rng.randrange(0x41, 0x5B))
    (BROKEN / "bad_encoding.txt").write_bytes(bytes(junk))


def main() -> None:
    for name, org, title, paras in (JUJU_PDF, PACKHOUSE_PDF):
        write_text_pdf(DOCS / org / name, title, paras)
    for name, org, title, paras in (LEICESTER_DOCX, SCAM_DOCX):
        write_docx(DOCS / org / name, title, paras)
    build_broken()
    print("built binary demo files")


if __name__ == "__main__":
    main()

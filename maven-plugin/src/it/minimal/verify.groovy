// Every part of the output is written, with the report date from the pom.
def out = new File(basedir, 'target/roadcase')
def expected = ['index.html', 'roadmap.html', 'kpis.html', 'funding.html', 'data.json',
                'initiatives/checkout.html', 'initiatives/search.html', 'kpis/conversion.html',
                'funding/checkout-case.html', 'pdf/checkout-case.pdf', 'pdf/portfolio.pdf']
expected.each { assert new File(out, it).isFile() : "missing $it in $out" }
assert new File(out, 'pdf/portfolio.pdf').bytes[0..3] == '%PDF'.bytes.toList()
assert new File(out, 'data.json').getText('UTF-8') =~ /"reportDate"\s*:\s*"2026-11-24"/

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Roadcase data is valid')
assert log =~ /\[INFO\] Roadcase read \d+ initiatives?, /
assert log =~ /\[INFO\] Roadcase wrote \d+ files? to /
return true

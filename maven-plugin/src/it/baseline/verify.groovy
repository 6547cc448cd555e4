// Compared with last-month/data.json: the slip, the dropped initiative and the case's status are published.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/roadcase')
def changesPage = new File(out, 'changes.html')
assert changesPage.isFile() : "missing $changesPage"
def page = changesPage.getText('UTF-8')
assert page.contains('End slipped')
assert page.contains('Loyalty points')
assert page.contains('href="initiatives/checkout.html"')
assert new File(out, 'index.html').getText('UTF-8').contains('href="changes.html"')

def json = new JsonSlurper().parse(new File(out, 'data.json'), 'UTF-8')
assert json.baseline.reportDate == '2026-10-24'
assert json.baseline.title == 'Portfolio, October'
def slip = json.changes.find { it.kind == 'slipped' && it.id == 'checkout' && it.field == 'end' }
assert slip != null : "no slip of checkout in ${json.changes}"
assert slip.from == '2027-02-28' && slip.to == '2027-03-31' && slip.delta == 31
assert json.changes[0] == slip : 'the slip of work in progress comes first'
assert json.changes.any { it.kind == 'removed' && it.id == 'loyalty' }
assert json.changes.any { it.entity == 'funding-case' && it.field == 'status' && it.from == 'draft' && it.to == 'proposed' }
assert json.changes.any { it.kind == 'added' && it.entity == 'kpi' && it.id == 'conversion' }

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[WARNING] baseline:') : 'the baseline was read without a warning'
return true

// The messages reached GreenMail: the encrypted password from settings.xml was decrypted and used.
def greenMail = System.getProperties().remove('roadcase.it.greenmail')
try {
    def received = greenMail.receivedMessages
    assert received.length == 2 : "expected Ann's and Ben's messages, got ${received.length}"
    def to = received.collect { it.allRecipients[0].toString() }.sort()
    assert to == ['Ann Lee <ann@acme.example>', 'Ben Ode <ben@acme.example>']
} finally {
    greenMail.stop()
}

def ledger = new File(basedir, 'target/roadcase-mail/ledger.tsv')
assert ledger.isFile()
assert ledger.readLines().findAll { !it.startsWith('#') }.size() == 2

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Roadcase mail: Cleo Park gets no message')
assert log.contains('[INFO] Roadcase sent 2 messages')
assert !log.contains('smtp-secret-42') : 'the password reached the log'
assert !log.contains('ann@acme.example') : 'an address reached the log'
// Nothing under the published output holds an address.
new File(basedir, 'target/roadcase').eachFileRecurse { f ->
    if (f.isFile()) {
        assert !new String(f.bytes, 'ISO-8859-1').contains('@acme.example') : "$f holds an address"
    }
}
return true

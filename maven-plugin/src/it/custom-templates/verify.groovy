// site/index.ftlh in templateDirectory replaces the built-in overview; other pages stay built-in.
def out = new File(basedir, 'target/roadcase')
assert new File(out, 'index.html').getText('UTF-8').contains('Custom overview from the custom-templates IT.')
def roadmap = new File(out, 'roadmap.html')
assert roadmap.isFile()
assert !roadmap.getText('UTF-8').contains('custom-templates IT')
return true

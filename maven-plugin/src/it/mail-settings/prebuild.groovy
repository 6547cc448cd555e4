// A real SMTP server for this IT: GreenMail, which accepts only the user and password that the
// encrypted <server> it-smtp in ../settings.xml decrypts to. verify.groovy reads what arrived.
import com.icegreen.greenmail.configuration.GreenMailConfiguration
import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup

def greenMail = new GreenMail(new ServerSetup(0, '127.0.0.1', 'smtp').dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser('it-mailer', 'smtp-secret-42'))
// Jakarta Mail finds its implementation through the context class loader: GreenMail's threads inherit
// this one, which sees the test class path (Maven's own does not).
def thread = Thread.currentThread()
def previous = thread.contextClassLoader
thread.contextClassLoader = GreenMail.classLoader
try {
    greenMail.start()
} finally {
    thread.contextClassLoader = previous
}
System.getProperties().put('roadcase.it.greenmail', greenMail)
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('SMTP_PORT_FROM_SETUP', String.valueOf(greenMail.smtp.port))
return true

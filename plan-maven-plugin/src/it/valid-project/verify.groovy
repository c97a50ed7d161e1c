// Every output of the plan exists and is not empty; validation found nothing worth failing for.
def out = new File(basedir, 'target/plan/kickoff')
assert out.isDirectory() : "no output folder ${out}"
def files = out.listFiles().findAll { it.isFile() }
def suffixes = ['.md', '.html', '.docx', '.dashboard.html', '.brief.html', '.mindmap.svg', '.json', '.ics', '.csv']
suffixes.each { suffix ->
    assert files.any { it.name.endsWith(suffix) } : "no *${suffix} among ${files*.name}"
}
files.each { assert it.length() > 0 : "${it} is empty" }
def log = new File(basedir, 'build.log').text
assert log.contains('plan: generated kickoff.plan')
assert !log.contains('[ERROR]')
return true

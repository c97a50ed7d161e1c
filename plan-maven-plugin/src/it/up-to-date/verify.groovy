// Both invocations write into build.log: the first generates, the second finds the plan up to date.
def log = new File(basedir, 'build.log').text
assert log.count('plan: generated kickoff.plan') == 1 : 'the plan was generated more (or less) than once'
assert log.count('plan: kickoff.plan is up to date, not regenerated') == 1
def state = new File(basedir, 'target/plan/.plan-generate.properties')
def outputs = new File(basedir, 'target/plan/kickoff').listFiles()
assert outputs.length > 0
// The second run rewrote neither the outputs nor the state file, which is saved only when something changed.
outputs.each { assert it.lastModified() <= state.lastModified() : "${it} was written after the state file" }
return true
